// PackBits (TIFF 6.0, section 9; Apple Technical Note TN1023): the run-length encoding of TIFF and
// MacPaint images. The output is a series of packets, each a header byte n and its data:
//   n = 0..127      the next n + 1 bytes are literal;
//   n = 129..255    the next byte is repeated 257 - n times (2..128 copies, n as a signed byte is 1 - count);
//   n = 128         is never written.
// This encoder writes a repeat packet for every run of 3 or more equal bytes (a run of 2 stays inside
// a literal packet, which is never longer), and splits runs and literals at 128 bytes.
//
// Runs on its own too: `node prototype.js inputs/*` prints each file's size before and after.
'use strict';

const MAX_PACKET = 128;
const MIN_RUN = 3;

/** The length of the run of equal bytes that starts at data[start], at most MAX_PACKET. */
function runLength(data, start) {
  const end = Math.min(data.length, start + MAX_PACKET);
  let i = start + 1;
  while (i < end && data[i] === data[start]) {
    i++;
  }
  return i - start;
}

function packBits(data) {
  // Worst case: one header byte per 128 literal bytes.
  const out = new Uint8Array(data.length + Math.ceil(data.length / MAX_PACKET));
  let length = 0;
  let i = 0;
  while (i < data.length) {
    const run = runLength(data, i);
    if (run >= MIN_RUN) {
      out[length++] = 257 - run;
      out[length++] = data[i];
      i += run;
      continue;
    }
    // A literal packet: up to the next run of MIN_RUN or more, at most MAX_PACKET bytes.
    const header = length++;
    const start = i;
    while (i < data.length && i - start < MAX_PACKET && runLength(data, i) < MIN_RUN) {
      out[length++] = data[i++];
    }
    out[header] = i - start - 1;
  }
  return out.slice(0, length);
}

module.exports = { packBits };

if (typeof require !== 'undefined' && require.main === module) {
  const fs = require('fs');
  for (const path of process.argv.slice(2)) {
    const data = new Uint8Array(fs.readFileSync(path));
    console.log(`${path}: ${data.length} -> ${packBits(data).length} bytes`);
  }
}
