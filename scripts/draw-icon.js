#!/usr/bin/env node
// Draws the extension icon (docs/images/icon.png, 256×256): a page of text with a green check
// mark on a dark blue rounded square. Plain Node (zlib for the PNG), so no image tool is needed.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZE = 256;
const SAMPLES = 4; // per axis, for smooth edges
const navy = [31, 58, 95];
const paper = [244, 241, 234];
const ink = [154, 167, 184];
const green = [47, 179, 109];

const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, [ax, ay], [bx, by], width) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2;
};
const lines = [
  [72, 80, 156],
  [72, 106, 156],
  [72, 132, 124],
];
const check = [
  [112, 168],
  [146, 204],
  [212, 128],
];

/** The colour (and coverage) at a point: the last shape drawn there wins. */
function colourAt(x, y) {
  let colour;
  if (inRoundedRect(x, y, 8, 8, 248, 248, 44)) colour = navy;
  if (inRoundedRect(x, y, 48, 44, 180, 212, 10)) colour = paper;
  for (const [x0, y0, x1] of lines) if (nearSegment(x, y, [x0, y0], [x1, y0], 9)) colour = ink;
  if (nearSegment(x, y, check[0], check[1], 26) || nearSegment(x, y, check[1], check[2], 26)) colour = green;
  return colour;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0];
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        covered++;
        for (let i = 0; i < 3; i++) sum[i] += c[i];
      }
    }
    const o = 1 + px * 4;
    if (covered) for (let i = 0; i < 3; i++) row[o + i] = Math.round(sum[i] / covered);
    row[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
const out = path.resolve(__dirname, "..", "docs", "images", "icon.png");
fs.writeFileSync(out, png);
console.log(`wrote ${out}`);
