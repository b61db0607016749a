// The code your team has today: replace blockChecksums with your own function.
//
// oxbench calls the export named in oxbench.toml once per input file, with the file's bytes (a
// Uint8Array), and compares what it returns with what every other implementation returns, byte for
// byte: return a string (compared as its UTF-8 bytes) or a Uint8Array. The function gets its input
// and nothing else: no files, network, processes or environment, and no `require` (oxbench's guest
// sandbox). It runs in GraalJS and, unchanged, in Node (`node prototype.js inputs/*` prints it).
//
// This one: the Adler-32 checksum (RFC 1950) of every 1 KiB block of the input, as rsync-like tools
// compare blocks, each as 4 big-endian bytes; an empty input has no blocks.
'use strict';

const BLOCK_SIZE = 1024;
const MOD_ADLER = 65521;

function blockChecksums(data) {
  const blocks = Math.ceil(data.length / BLOCK_SIZE);
  const out = new Uint8Array(blocks * 4);
  const view = new DataView(out.buffer);
  for (let block = 0; block < blocks; block++) {
    let a = 1;
    let b = 0;
    const end = Math.min(data.length, (block + 1) * BLOCK_SIZE);
    for (let i = block * BLOCK_SIZE; i < end; i++) {
      a = (a + data[i]) % MOD_ADLER;
      b = (b + a) % MOD_ADLER;
    }
    view.setUint32(block * 4, b * 65536 + a);
  }
  return out;
}

module.exports = { blockChecksums };

if (typeof require !== 'undefined' && require.main === module) {
  const fs = require('fs');
  for (const path of process.argv.slice(2)) {
    const sums = blockChecksums(new Uint8Array(fs.readFileSync(path)));
    console.log(path + ': ' + Buffer.from(sums).toString('hex').replace(/(.{8})(?!$)/g, '$1 '));
  }
}
