import * as zlib from "zlib";

/**
 * Writing a zip archive (APPNOTE, no zip64: an .xlsx never needs 4 GiB). A part is either new
 * bytes (deflated here) or a part copied from another archive exactly as it was stored — its
 * compressed bytes, CRC and sizes untouched — so generate keeps every part of the clerk's
 * package byte-for-byte.
 */

export interface NewPart {
  name: string;
  data: Buffer;
  /** Store without compressing (default: deflate). */
  store?: boolean;
}

export interface CopiedPart {
  name: string;
  method: number;
  crc: number;
  size: number;
  compressed: Buffer;
}

export type ZipPart = NewPart | CopiedPart;

/** 1980-01-01 00:00 in DOS time: fixed, so the same input gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zipParts(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    let method: number;
    let crc: number;
    let size: number;
    let body: Buffer;
    if ("data" in p) {
      crc = zlib.crc32(p.data) >>> 0;
      size = p.data.length;
      method = p.store ? 0 : 8;
      body = p.store ? p.data : zlib.deflateRawSync(p.data);
    } else {
      ({ method, crc, size } = p);
      body = p.compressed;
    }
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(DOS_TIME, 12);
    cd.writeUInt16LE(DOS_DATE, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
