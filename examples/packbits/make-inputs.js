// Writes this example's inputs/: binary files of the kinds PackBits is used on, from flat raster
// images (long runs) to random bytes (no runs at all). Deterministic (a fixed seed): node make-inputs.js
'use strict';

const fs = require('fs');
const path = require('path');

/** mulberry32: a small seeded generator, so every run writes the same bytes. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A binary PGM (P5) image of width x height grey pixels, each from pixel(x, y). */
function pgm(width, height, pixel) {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const pixels = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      pixels[y * width + x] = pixel(x, y);
    }
  }
  return Buffer.concat([header, pixels]);
}

function chart() {
  // A bar chart: white, a light grid every 20 pixels, axes, five flat bars.
  const bars = [120, 60, 150, 90, 30];
  return pgm(320, 200, (x, y) => {
    if (x === 30 || y === 180) return 0;
    const bar = Math.floor((x - 50) / 50);
    if (bar >= 0 && bar < bars.length && (x - 50) % 50 < 34 && y < 180 && y >= 180 - bars[bar]) return 64 + bar * 30;
    if (x % 20 === 0 || y % 20 === 0) return 230;
    return 255;
  });
}

function scan() {
  // A scanned page: paper with speckles, and lines of "text" as dark strokes of random widths.
  const next = random(7);
  return pgm(256, 192, (x, y) => {
    const inLine = y % 16 >= 4 && y % 16 < 12 && x >= 16 && x < 240;
    if (inLine && next() < 0.35) return 20 + Math.floor(next() * 40);
    return next() < 0.01 ? 180 : 250;
  });
}

function sprites() {
  // A sheet of 16x16 indexed-colour sprites: flat fills with a one-pixel outline.
  const next = random(11);
  const colours = Array.from({ length: 128 }, () => 1 + Math.floor(next() * 254));
  const sheet = Buffer.alloc(256 * 128);
  for (let y = 0; y < 128; y++) {
    for (let x = 0; x < 256; x++) {
      const sprite = Math.floor(y / 16) * 16 + Math.floor(x / 16);
      const edge = x % 16 === 0 || x % 16 === 15 || y % 16 === 0 || y % 16 === 15;
      sheet[y * 256 + x] = edge ? 0 : colours[sprite];
    }
  }
  return sheet;
}

function noise() {
  const next = random(13);
  return Buffer.from(Array.from({ length: 16384 }, () => Math.floor(next() * 256)));
}

function sparseIndex() {
  // A bitmap index: mostly zero bytes, some set bits, a few ranges of all ones.
  const next = random(17);
  const bitmap = Buffer.alloc(40960);
  for (let i = 0; i < bitmap.length; i++) {
    if (next() < 0.03) bitmap[i] = 1 << Math.floor(next() * 8);
  }
  for (let range = 0; range < 12; range++) {
    const start = Math.floor(next() * (bitmap.length - 600));
    bitmap.fill(0xff, start, start + 50 + Math.floor(next() * 500));
  }
  return bitmap;
}

const inputs = path.join(__dirname, 'inputs');
fs.mkdirSync(inputs, { recursive: true });
fs.writeFileSync(path.join(inputs, 'chart.pgm'), chart());
fs.writeFileSync(path.join(inputs, 'scan.pgm'), scan());
fs.writeFileSync(path.join(inputs, 'sprites.raw'), sprites());
fs.writeFileSync(path.join(inputs, 'noise.bin'), noise());
fs.writeFileSync(path.join(inputs, 'sparse-index.bin'), sparseIndex());
