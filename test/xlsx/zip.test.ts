/**
 * A part streamed from the archive (src/xlsx/zip.ts PartStream): the chunks in order whatever the
 * size, the CRC-32 and the declared size checked — deflated parts by zlib on its own thread,
 * stored ones here — and a part that will not be read stopped without a trace.
 */
import * as zlib from "zlib";
import { ZipArchive, ZipError } from "../../src/xlsx/zip";
import { zipParts, type ZipPart } from "../../src/xlsx/zip-write";

/** Bytes that do not compress to nothing: a line per number. */
const text = (lines: number): Buffer =>
  Buffer.from(Array.from({ length: lines }, (_, i) => `<row r="${i + 1}"/>\n`).join(""));

async function streamed(archive: Buffer, name: string): Promise<Buffer | string> {
  const chunks: Buffer[] = [];
  try {
    await new ZipArchive(archive).open(name).each((c) => chunks.push(Buffer.from(c)));
  } catch (e) {
    return e instanceof ZipError ? e.problem : String(e);
  }
  return Buffer.concat(chunks);
}

/** The part as stored, with `crc` or `size` changed in its directory entry. */
function lying(data: Buffer, store: boolean, lie: { crc?: number; size?: number }): Buffer {
  const part: ZipPart = {
    name: "p.xml",
    method: store ? 0 : 8,
    crc: lie.crc ?? zlib.crc32(data),
    size: lie.size ?? data.length,
    compressed: store ? data : zlib.deflateRawSync(data),
  };
  return zipParts([part]);
}

describe("a part streamed from the archive", () => {
  // 10 MB and more: more than one inflate job (8 MiB each).
  const big = text(700_000);
  const small = text(3);

  test.each([
    ["deflated, several jobs", big, false],
    ["deflated, one job", small, false],
    ["stored", big, true],
  ])("%s: every byte, in order", async (_, data, store) => {
    expect(data.length > 8 << 20).toBe(data === big);
    const got = await streamed(zipParts([{ name: "p.xml", data, store }]), "p.xml");
    expect(Buffer.isBuffer(got) && got.equals(data)).toBe(true);
  });

  test.each([
    ["deflated", false],
    ["stored", true],
  ])("%s: a wrong CRC-32 is refused as crc, a wrong size as damaged", async (_, store) => {
    const right = zlib.crc32(small);
    expect(await streamed(lying(small, store, { crc: (right ^ 1) >>> 0 }), "p.xml")).toBe("crc");
    expect(await streamed(lying(small, store, { size: small.length - 1 }), "p.xml")).toBe(
      "damaged"
    );
    expect(await streamed(lying(small, store, { size: small.length + 1 }), "p.xml")).toBe(
      "damaged"
    );
  });

  test("deflate data that is not deflate is damaged", async () => {
    const part: ZipPart = {
      name: "p.xml",
      method: 8,
      crc: 0,
      size: 100,
      compressed: Buffer.from("this is not deflate data at all"),
    };
    expect(await streamed(zipParts([part]), "p.xml")).toBe("damaged");
  });

  test("a cancelled part reads as damaged (never waits); opened again it reads whole", async () => {
    const archive = new ZipArchive(zipParts([{ name: "p.xml", data: big }]));
    const part = archive.open("p.xml");
    part.cancel();
    await expect(part.each(() => undefined)).rejects.toMatchObject({ problem: "damaged" });
    const chunks: Buffer[] = [];
    await archive.open("p.xml").each((c) => chunks.push(Buffer.from(c)));
    expect(Buffer.concat(chunks).equals(big)).toBe(true);
  });
});
