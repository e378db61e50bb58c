import * as zlib from "zlib";

/**
 * The zip container of an .xlsx, read from its central directory (APPNOTE 4.3.12–4.3.16) with
 * Node's own zlib for inflating: no part is inflated unless it is asked for, every inflated part is
 * checked against its declared size and CRC-32, and the limits below refuse what would not fit.
 * A damaged archive (duplicate names, a CRC mismatch, a part larger than it says) is refused:
 * reading on would give a confident wrong payout.
 */

export interface ZipLimits {
  /** Largest inflated size of one part read, in bytes. */
  partBytes: number;
  /** Largest inflated size of all parts read together, in bytes. */
  totalBytes: number;
  /** Most entries in the central directory. */
  entries: number;
}

export const ZIP_LIMITS: ZipLimits = {
  partBytes: 512 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  entries: 100_000,
};

/** Why a zip cannot be read; `detail` is for the one-line message (never a library's text). */
export type ZipProblem =
  "not-zip" | "damaged" | "duplicate" | "encrypted" | "method" | "too-large" | "crc";

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly part: string | null = null
  ) {
    super(`${problem}${part ? `: ${part}` : ""}`);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  /** Lower-cased name → entry, for part names that differ only in case (OPC compares them so). */
  private readonly folded = new Map<string, ZipEntry>();
  private inflated = 0;
  private readonly counted = new Set<string>();

  constructor(
    readonly data: Buffer,
    readonly limits: ZipLimits = ZIP_LIMITS
  ) {
    const { count, offset, size } = this.findDirectory();
    if (count > limits.entries) throw new ZipError("too-large");
    let p = offset;
    const end = offset + size;
    for (let i = 0; i < count; i++) {
      if (p + 46 > data.length || data.readUInt32LE(p) !== CDH) throw new ZipError("damaged");
      const flags = data.readUInt16LE(p + 8);
      const method = data.readUInt16LE(p + 10);
      const crc = data.readUInt32LE(p + 16);
      let compressedSize = data.readUInt32LE(p + 20);
      let uncompressed = data.readUInt32LE(p + 24);
      const nameLen = data.readUInt16LE(p + 28);
      const extraLen = data.readUInt16LE(p + 30);
      const commentLen = data.readUInt16LE(p + 32);
      let localOffset = data.readUInt32LE(p + 42);
      const nameEnd = p + 46 + nameLen;
      if (nameEnd + extraLen + commentLen > data.length) throw new ZipError("damaged");
      const name = data.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, nameEnd);
      // Zip64 extended information (header 0x0001): the 0xFFFFFFFF fields, in order.
      let q = nameEnd;
      const extraEnd = nameEnd + extraLen;
      while (q + 4 <= extraEnd) {
        const id = data.readUInt16LE(q);
        const len = data.readUInt16LE(q + 2);
        if (id === 0x0001) {
          let r = q + 4;
          const take = (): number => {
            if (r + 8 > q + 4 + len) throw new ZipError("damaged");
            const v = Number(data.readBigUInt64LE(r));
            r += 8;
            return v;
          };
          if (uncompressed === 0xffffffff) uncompressed = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
        }
        q += 4 + len;
      }
      const entry: ZipEntry = {
        name,
        method,
        flags,
        crc,
        compressedSize,
        size: uncompressed,
        localOffset,
      };
      const key = name.toLowerCase();
      if (this.folded.has(key)) throw new ZipError("duplicate", name);
      this.entries.set(name, entry);
      this.folded.set(key, entry);
      p = extraEnd + commentLen;
      if (p > end + 4) throw new ZipError("damaged");
    }
  }

  private findDirectory(): { count: number; offset: number; size: number } {
    const d = this.data;
    if (d.length < 22) throw new ZipError("not-zip");
    const from = Math.max(0, d.length - 22 - 0xffff);
    let at = -1;
    for (let i = d.length - 22; i >= from; i--) {
      if (d.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError(d.readUInt32LE(0) === LFH ? "damaged" : "not-zip");
    let count = d.readUInt16LE(at + 10);
    let size = d.readUInt32LE(at + 12);
    let offset = d.readUInt32LE(at + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const loc = at - 20;
      if (loc < 0 || d.readUInt32LE(loc) !== EOCD64_LOCATOR) throw new ZipError("damaged");
      const e64 = Number(d.readBigUInt64LE(loc + 8));
      if (e64 + 56 > d.length || d.readUInt32LE(e64) !== EOCD64) throw new ZipError("damaged");
      count = Number(d.readBigUInt64LE(e64 + 32));
      size = Number(d.readBigUInt64LE(e64 + 40));
      offset = Number(d.readBigUInt64LE(e64 + 48));
    }
    if (offset + size > d.length) throw new ZipError("damaged");
    return { count, offset, size };
  }

  /** Every part name, in directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry of a part name (OPC part names compare case-insensitively). */
  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.folded.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The stored (compressed) bytes of a part, as they are in the file. */
  raw(entry: ZipEntry): Buffer {
    const d = this.data;
    const p = entry.localOffset;
    if (p + 30 > d.length || d.readUInt32LE(p) !== LFH) throw new ZipError("damaged", entry.name);
    const start = p + 30 + d.readUInt16LE(p + 26) + d.readUInt16LE(p + 28);
    const end = start + entry.compressedSize;
    if (end > d.length) throw new ZipError("damaged", entry.name);
    return d.subarray(start, end);
  }

  private check(entry: ZipEntry): void {
    if (entry.flags & 0x1) throw new ZipError("encrypted", entry.name);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError("method", entry.name);
    if (entry.size > this.limits.partBytes) throw new ZipError("too-large", entry.name);
    // A part read twice (a worksheet the fast scanner hands to saxes) counts once.
    if (this.counted.has(entry.name)) return;
    if (this.inflated + entry.size > this.limits.totalBytes)
      throw new ZipError("too-large", entry.name);
    this.inflated += entry.size;
    this.counted.add(entry.name);
  }

  /** A whole part, inflated and checked (for the small parts: relationships, workbook, styles). */
  read(name: string): Buffer | null {
    const entry = this.entry(name);
    if (!entry) return null;
    this.check(entry);
    const raw = this.raw(entry);
    let out: Buffer;
    if (entry.method === 0) out = raw;
    else {
      try {
        // One byte more than declared: a part larger than its header says is refused below.
        out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size + 1) });
      } catch {
        throw new ZipError(entry.size + 1 >= this.limits.partBytes ? "too-large" : "damaged", name);
      }
    }
    if (out.length !== entry.size) throw new ZipError("damaged", name);
    if (zlib.crc32(out) >>> 0 !== entry.crc) throw new ZipError("crc", name);
    return out;
  }

  /**
   * A part inflated in chunks (for worksheets, which can be hundreds of megabytes), starting now:
   * zlib inflates on its own thread while the caller goes on (parsing the shared strings, or the
   * chunk before), so reading a sheet costs little more than scanning it. `each` hands the chunks
   * to `onChunk` in order; the size and CRC-32 are checked at the end, and a part that inflates
   * beyond its declared size is stopped there. At most `AHEAD_BYTES` wait unread.
   */
  open(name: string): PartStream {
    const entry = this.entry(name);
    if (!entry) throw new ZipError("damaged", name);
    this.check(entry);
    return new PartStream(entry, this.raw(entry));
  }
}

/** One inflate job's output: the whole of a small part, a few megabytes of a large one. */
const CHUNK_BYTES = 8 << 20;
/** A stored part's bytes handed on at once. */
const SLICE_BYTES = 256 << 10;
/** A gzip member's header (RFC 1952): deflate, no name, no time, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

export class PartStream {
  private readonly inflate: zlib.Gunzip | null = null;
  private failure: ZipError | null = null;

  constructor(
    private readonly entry: ZipEntry,
    private readonly raw: Buffer
  ) {
    if (entry.method === 0) return;
    // One job for a part up to CHUNK_BYTES (its declared size; a larger real size only costs
    // more jobs and is refused below). Wrapped as a gzip member whose trailer is the entry's
    // CRC-32 and size, zlib checks both on its own thread, not on this one. Until `each` reads,
    // the stream holds what its first job inflated and waits.
    const inflate = zlib.createGunzip({
      chunkSize: Math.max(64 << 10, Math.min(CHUNK_BYTES, entry.size + 1)),
    });
    this.inflate = inflate;
    inflate.on("error", (e: Error) => {
      this.failure ??= new ZipError(/data check/.test(e.message) ? "crc" : "damaged", entry.name);
    });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(entry.crc >>> 0, 0);
    trailer.writeUInt32LE(entry.size >>> 0, 4);
    inflate.write(GZIP_HEADER);
    inflate.write(raw);
    inflate.end(trailer);
  }

  /** Stops inflating a part that will not be read. */
  cancel(): void {
    this.inflate?.destroy();
  }

  /**
   * Every chunk to `onChunk`, in order, straight from zlib's events; a throw from it stops the
   * inflating and is passed on. (Measured: handing chunks on from a loop over a queue of our own
   * made V8 drop the scanner's optimised code at every collection and doubled the read time.)
   */
  async each(onChunk: (chunk: Buffer) => void): Promise<void> {
    const entry = this.entry;
    const name = entry.name;
    let seen = 0;
    const take = (chunk: Buffer): void => {
      seen += chunk.length;
      if (seen > entry.size) throw new ZipError("damaged", name);
      onChunk(chunk);
    };
    const inflate = this.inflate;
    if (!inflate) {
      // Stored: the CRC is checked here, before anything is read.
      if (zlib.crc32(this.raw) >>> 0 !== entry.crc) throw new ZipError("crc", name);
      for (let i = 0; i < this.raw.length; i += SLICE_BYTES)
        take(this.raw.subarray(i, i + SLICE_BYTES));
    } else {
      if (this.failure || inflate.destroyed) throw this.failure ?? new ZipError("damaged", name);
      await new Promise<void>((resolve, reject) => {
        inflate.on("data", (chunk: Buffer) => {
          try {
            take(chunk);
          } catch (e) {
            inflate.destroy();
            reject(e);
          }
        });
        inflate.on("error", () => reject(this.failure));
        inflate.on("end", () => resolve());
      });
    }
    if (seen !== entry.size) throw new ZipError("damaged", name);
  }
}
