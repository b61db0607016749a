'use strict';
// Tests of boundary.js under Node's built-in test runner: node --test polyglot-samples/javascript/
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { instantiate, addOneChain, wasmAddOneChain, hostHashChain, wasmHashChain } = require('./boundary.js');

const wasmPath = path.join(__dirname, '../../rust-core/target/wasm32-unknown-unknown/release/rust_core.wasm');

/** 64-bit FNV-1a, the function oxb_hash_buffer computes, as the host function's stand-in. */
function fnv1a64(buffer) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new Uint8Array(buffer)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash;
}

/** The same chain written out by hand: each hash goes into the first 8 bytes before the next. */
function expectedHashChain(bytes, start, calls) {
  const data = Uint8Array.from(bytes);
  let accumulator = BigInt(start);
  for (let i = 0; i < calls; i++) {
    new DataView(data.buffer).setBigUint64(0, accumulator, true);
    accumulator = fnv1a64(data.buffer);
  }
  return accumulator;
}

const bytes = Array.from({ length: 1024 }, (_, i) => ((i * 37) % 256) - 128); // signed, as Java's bytes

test('the add-one chain adds one per call, through a function and through wasm', () => {
  assert.equal(addOneChain((x) => x + 1)(41, 1000), 1041);
  assert.equal(wasmAddOneChain(instantiate(fs.readFileSync(wasmPath)))(41, 1000), 1041n);
});

test('the hash chain feeds each hash into the next call, through a function and through wasm', () => {
  const expected = expectedHashChain(bytes.map((b) => b & 0xff), 7, 5);
  assert.equal(hostHashChain(fnv1a64, bytes)(7, 5), expected);
  const rust = instantiate(fs.readFileSync(wasmPath));
  const chain = wasmHashChain(rust, bytes);
  assert.equal(chain(7, 5), expected);
  assert.equal(chain(7, 5), expected, 'a second pass starts over');
  assert.notEqual(chain(8, 5), expected);
});
