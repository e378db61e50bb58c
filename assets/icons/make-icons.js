/* Draws the Định Biên ribbon icons (16, 32, 64, 80 px PNG) with no dependency but zlib:
 * a teal rounded square holding a white roster (three rows) and a check mark.
 * Run: node assets/icons/make-icons.js */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL = [11, 106, 94];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour at a point of the unit square, or null for transparent. */
function shade(x, y) {
  const r = 0.18, m = 0.04;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r), cy = Math.min(Math.max(y, m + r), 1 - m - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const w = 0.075;
  // three roster lines
  for (const ly of [0.3, 0.5, 0.7]) if (segDist(x, y, 0.22, ly, ly === 0.7 ? 0.42 : 0.78, ly) < w / 2) return WHITE;
  // check mark
  if (segDist(x, y, 0.52, 0.7, 0.62, 0.8) < w / 1.6 || segDist(x, y, 0.62, 0.8, 0.82, 0.58) < w / 1.6) return WHITE;
  return TEAL;
}

function draw(size) {
  const buf = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let rr = 0, gg = 0, bb = 0, aa = 0;
      for (let j = 0; j < ss; j++)
        for (let i = 0; i < ss; i++) {
          const c = shade((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          if (c) { rr += c[0]; gg += c[1]; bb += c[2]; aa += 1; }
        }
      const o = (y * size + x) * 4;
      if (aa) { buf[o] = rr / aa; buf[o + 1] = gg / aa; buf[o + 2] = bb / aa; }
      buf[o + 3] = Math.round((255 * aa) / (ss * ss));
    }
  return png(size, buf);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), draw(size));
}
