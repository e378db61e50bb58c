/**
 * The scripts a built taskpane.html loads up front (its <script src> of this build; office.js from
 * the CDN excluded). Shared by the benchmark (bundle size) and the browser test (no ExcelJS).
 */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  // Production HTML is minified: attribute values may be unquoted (<script defer src=taskpane.1a2b.js>).
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^(https?:)?\/\//i.test(src)) continue;
    out.push(src.replace(/^\.?\//, "").split("?")[0]);
  }
  return out;
}
