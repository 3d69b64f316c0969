// Draws the app icons (the favicon's curtain) as PNGs for the web app manifest, with no image
// library and no download: `node tools/make-icons.mjs` writes public/icons/. The PNGs are
// committed; tests/unit/tools/make-icons.test.ts checks they are what this script draws.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const CURTAIN = [0x7a, 0x1f, 0x2b];
const GOLD = [0xf3, 0xd9, 0xa4];

/** The favicon's path (public/favicon.svg), in its 32×32 box, as straight lines and cubics. */
const SHAPE = [
  ['M', 6, 6],
  ['L', 26, 6],
  ['L', 26, 10],
  ['C', 23, 10, 21, 12, 20, 15],
  ['C', 19, 12, 18, 10, 16, 10],
  ['C', 14, 10, 13, 12, 12, 15],
  ['C', 11, 12, 9, 10, 6, 10],
  ['Z'],
];

/** The shape as one closed polygon (each cubic cut into 24 straight pieces). */
function polygon() {
  const points = [];
  let at = [0, 0];
  for (const [command, ...values] of SHAPE) {
    if (command === 'M' || command === 'L') {
      at = values;
      points.push(at);
    } else if (command === 'C') {
      const [x1, y1, x2, y2, x, y] = values;
      for (let step = 1; step <= 24; step += 1) {
        const t = step / 24;
        const u = 1 - t;
        points.push([
          u ** 3 * at[0] + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x,
          u ** 3 * at[1] + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y,
        ]);
      }
      at = [x, y];
    }
  }
  return points;
}

/**
 * Where the horizontal line at height `y` crosses the polygon's edges: a point of that line is
 * inside when an odd number of crossings lie to its right (the even-odd rule).
 */
function crossingsAt(points, y) {
  const crossings = [];
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  return crossings;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG (8 bits per channel) of `size`×`size` pixels from `colourAt(x, y)`. */
function encodePng(size, colourAt) {
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 3 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x += 1) rows.set(colourAt(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The icon at `size` pixels: curtain red everywhere (the favicon's rounded corners are left to
 * the platform's mask), the gold drape scaled by `scale` around the centre. 4×4 samples a pixel
 * smooth the edges.
 */
export function drawIcon(size, scale) {
  const points = polygon();
  const samples = 4;
  const covered = new Uint8Array(size * size);
  // Shape coordinates of the samples along one axis (the same for rows and columns).
  const at = (pixel, sample) =>
    (((pixel + (sample + 0.5) / samples) / size - 0.5) / scale + 0.5) * 32;
  for (let y = 0; y < size; y += 1)
    for (let sy = 0; sy < samples; sy += 1) {
      const crossings = crossingsAt(points, at(y, sy));
      if (crossings.length === 0) continue;
      for (let x = 0; x < size; x += 1)
        for (let sx = 0; sx < samples; sx += 1) {
          const u = at(x, sx);
          if (crossings.filter((crossing) => u < crossing).length % 2 === 1)
            covered[y * size + x] += 1;
        }
    }
  return encodePng(size, (x, y) => {
    const share = covered[y * size + x] / samples ** 2;
    return CURTAIN.map((channel, index) => Math.round(channel + (GOLD[index] - channel) * share));
  });
}

/**
 * The manifest's icons. `any` icons draw the drape as the favicon does; the maskable one shrinks
 * it to stay inside the safe circle (80 % of the width) that platforms may crop the icon to.
 */
export const ICONS = [
  { file: 'icon-192.png', size: 192, scale: 1 },
  { file: 'icon-512.png', size: 512, scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.7 },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = fileURLToPath(new URL('../public/icons/', import.meta.url));
  for (const icon of ICONS) writeFileSync(join(folder, icon.file), drawIcon(icon.size, icon.scale));
  console.log(`Wrote ${ICONS.length} icons to public/icons/.`);
}
