import { SaxesParser } from "saxes";

/**
 * Two ways to feed worksheet XML to the same handlers. The fast scanner reads the XML that
 * spreadsheet writers produce — elements, attributes, text, the five predefined entities and
 * character references, an XML declaration — with indexOf instead of a character-by-character
 * state machine (the bench puts saxes alone at about twice the read floor). Anything else (a
 * DOCTYPE, CDATA, a comment, a processing instruction, an unknown entity) throws FastFallback, and
 * the part is read again with saxes, the strict parser.
 */

export type OpenHandler = (name: string, attrs: Record<string, string>) => void;
export type TextHandler = (text: string) => void;
export type CloseHandler = (name: string) => void;

export interface Feeder {
  write(s: string): void;
  close(): void;
}

/** The part needs the full parser. */
export class FastFallback extends Error {}

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Entities and character references decoded; an unknown entity throws FastFallback. */
export function decode(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([^;]{0,10});/g, (_, e: string) => {
    const named = ENTITY[e];
    if (named !== undefined) return named;
    if (e[0] === "#") {
      const code =
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new FastFallback();
  });
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** A start, end or empty-element tag, attribute values quoted (a ">" inside them is content). */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

/** The ">" that ends the tag opened at `lt` (one inside a quoted value does not), or -1. */
function tagEnd(s: string, lt: number): number {
  let quote = 0;
  for (let k = lt + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
  }
  return -1;
}

export class FastScanner implements Feeder {
  private carry = "";

  constructor(
    private readonly open: OpenHandler,
    private readonly text: TextHandler,
    private readonly closeTag: CloseHandler
  ) {}

  write(chunk: string): void {
    const s = this.carry + chunk;
    let i = 0;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Text to the end of the chunk: wait for the rest of it.
        this.carry = s.slice(i);
        return;
      }
      if (lt > i) {
        this.text(decode(s.slice(i, lt)));
        i = lt;
      }
      TAG.lastIndex = lt;
      const m = TAG.exec(s);
      if (m === null) {
        const gt = tagEnd(s, lt);
        // The tag goes on in the next chunk.
        if (gt < 0) break;
        if (s.startsWith("<?xml ", lt) && s.charCodeAt(gt - 1) === 63) {
          i = gt + 1;
          continue;
        }
        // A comment, CDATA, a DOCTYPE, a processing instruction: the full parser.
        throw new FastFallback();
      }
      const name = m[2];
      if (m[1] === "/") this.closeTag(name);
      else {
        const attrs: Record<string, string> = {};
        const body = m[3];
        if (body.length > 0) {
          ATTR.lastIndex = 0;
          for (let a = ATTR.exec(body); a; a = ATTR.exec(body)) attrs[a[1]] = decode(a[2] ?? a[3]);
        }
        this.open(name, attrs);
        if (m[4] === "/") this.closeTag(name);
      }
      i = TAG.lastIndex;
    }
    this.carry = s.slice(i);
  }

  close(): void {
    if (this.carry.trim() !== "") throw new FastFallback();
  }
}

/** saxes behind the same handlers (strict XML 1.0). */
export function saxesFeeder(
  open: OpenHandler,
  text: TextHandler,
  closeTag: CloseHandler,
  onError: () => void
): Feeder {
  const parser = new SaxesParser({ position: false });
  parser.on("error", onError);
  parser.on("opentag", (tag) => open(tag.name, tag.attributes as Record<string, string>));
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("closetag", (tag) => closeTag(tag.name));
  return {
    write: (s) => void parser.write(s),
    close: () => void parser.close(),
  };
}
