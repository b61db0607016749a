'use strict';
// batching.js under Node's built-in test runner, against the wasm module the build makes.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { instantiate, hashEach, hashBatch } = require('./batching.js');

const wasmPath = path.join(__dirname, '../../rust-core/target/wasm32-unknown-unknown/release/rust_core.wasm');

/** 64-bit FNV-1a, as specified in python/fingerprint.py. */
function fnv1a64(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash;
}

test('one call per item and one call per batch give every item its FNV-1a hash', () => {
  const rust = instantiate(fs.readFileSync(wasmPath));
  for (const count of [0, 1, 3, 500]) {
    // Every byte value, including those above 127, at every offset.
    const items = Uint8Array.from({ length: count * 64 }, (_, i) => (i * 7 + (i >> 6)) & 0xff);
    const expected = BigUint64Array.from({ length: count }, (_, i) => fnv1a64(items.subarray(i * 64, (i + 1) * 64)));
    assert.deepEqual(hashEach(rust, items, 64), expected, `hashEach, ${count} items`);
    assert.deepEqual(hashBatch(rust, items, 64), expected, `hashBatch, ${count} items`);
  }
});

test('a buffer that is not whole items is refused before any call', () => {
  const rust = instantiate(fs.readFileSync(wasmPath));
  for (const hash of [hashEach, hashBatch]) {
    assert.throws(() => hash(rust, new Uint8Array(63), 64), RangeError);
    assert.throws(() => hash(rust, new Uint8Array(64), 0), RangeError);
  }
});
