'use strict';
// conversion.js under Node: both boundaries of the Rust fingerprint in WebAssembly give the same
// BigInt, and the value the other languages' tests assert for print("hi").
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { instantiate, typedFingerprint, jsonFingerprint } = require('./conversion.js');

const wasmPath = path.join(__dirname, '../../rust-core/target/wasm32-unknown-unknown/release/rust_core.wasm');

test('typed and JSON boundaries compute the same fingerprints', () => {
  const rust = instantiate(fs.readFileSync(wasmPath));
  const typed = typedFingerprint(rust);
  const json = jsonFingerprint(rust);
  const printHi = ['Module', 'Expr', 'Call', "Name id='print'", "Constant value='hi' kind=None", 'Load'];
  assert.equal(typed(printHi), 0xf92df8cd6e4116cbn);
  assert.equal(json(printHi), 0xf92df8cd6e4116cbn);
  assert.equal(typed([]), 0xcbf29ce484222325n, 'no nodes: the FNV-1a offset basis');
  assert.equal(json([]), 0xcbf29ce484222325n);
  const tricky = ['', 'Constant value=\'"\\\\n\'', 'Constant value=\'\n\u0001\u2028\'', "Name id='naïve'", 'Constant value=\'🦀\''];
  assert.equal(json(tricky), typed(tricky));
  assert.notEqual(typed(tricky), typed(tricky.slice(1)));
});

test('the memory growing between calls does not break either boundary', () => {
  const rust = instantiate(fs.readFileSync(wasmPath));
  const typed = typedFingerprint(rust);
  const json = jsonFingerprint(rust);
  const before = rust.memory.buffer.byteLength;
  rust.oxb_alloc(4 * before); // forces memory.grow, which detaches old views
  const nodes = Array.from({ length: 2000 }, (_, i) => `Name id='v${i}' ctx=Load()`);
  assert.equal(json(nodes), typed(nodes));
});
