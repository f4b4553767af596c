// Draws the toolbar icons (a report page with a table and a check badge) and writes them as PNGs with node:zlib,
// so the icons are reproducible without an image editor. Run: `node icons/generate.mjs` (writes into icons/).
//   icon-N.png        the extension's icon and the toolbar's resting state (blue check)
//   icon-found-N.png  "an annual report was found on this page" (green check), set per tab by the background worker
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 6;

const INK = [51, 65, 85, 255]; // slate-700: the page outline
const PAPER = [255, 255, 255, 255];
const RULE = [148, 163, 184, 255]; // slate-400: the table's rows
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
const VARIANTS = { icon: [37, 99, 235, 255], 'icon-found': [22, 163, 74, 255] }; // blue-600, green-600

/** The drawing in a 128×128 design space, bottom layer first; a pixel takes the colour of the top layer it is in. */
function layers(badge) {
  const rows = [34, 52, 70];
  return [
    { color: INK, inside: roundRect(16, 6, 98, 122, 12) },
    { color: PAPER, inside: roundRect(23, 13, 91, 115, 6) },
    ...rows.flatMap((y) => [
      { color: RULE, inside: capsule(34, y, 48, y, 4.5) },
      { color: RULE, inside: capsule(58, y, 80, y, 4.5) },
    ]),
    // A transparent ring separates the badge from the page at every size.
    { color: CLEAR, inside: circle(94, 94, 36) },
    { color: badge, inside: circle(94, 94, 29) },
    { color: WHITE, inside: capsule(79, 95, 89, 105, 5) },
    { color: WHITE, inside: capsule(89, 105, 108, 83, 5) },
  ];
}

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A stroke from (ax, ay) to (bx, by) with round caps and half-width `h`. */
function capsule(ax, ay, bx, by, h) {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / len2));
    return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= h * h;
  };
}

/** Rasterises the layers at `size` pixels with supersampling; returns straight-alpha RGBA bytes. */
function render(size, stack) {
  const out = Buffer.alloc(size * size * 4);
  const scale = 128 / size;
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) * scale;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) * scale;
          let color = CLEAR;
          for (const layer of stack) if (layer.inside(x, y)) color = layer.color;
          const alpha = color[3] / 255;
          r += color[0] * alpha;
          g += color[1] * alpha;
          b += color[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / n) * 255);
    }
  }
  return out;
}

/** Encodes RGBA bytes as a PNG (colour type 6, no interlace, filter 0 on every row). */
function png(size, rgba) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

for (const [name, badge] of Object.entries(VARIANTS)) {
  const stack = layers(badge);
  for (const size of SIZES) {
    const file = new URL(`./${name}-${size}.png`, import.meta.url);
    writeFileSync(file, png(size, render(size, stack)));
    console.log(`wrote ${file.pathname}`);
  }
}
