'use strict';
// Unit tests of the prototype under Node's built-in test runner: node --test polyglot-samples/javascript/
const test = require('node:test');
const assert = require('node:assert/strict');
const { calculateSimilarity, matchPatterns, THRESHOLD } = require('./patterns.js');

const h = (n) => n.toString(16).padStart(16, '0');

test('identical fingerprints are fully similar', () => {
  assert.equal(calculateSimilarity([h(1), h(2)], [h(1), h(2)]), 1);
});

test('disjoint and empty fingerprints are not similar', () => {
  assert.equal(calculateSimilarity([h(1)], [h(2)]), 0);
  assert.equal(calculateSimilarity([], []), 0);
});

test('similarity is shared over union', () => {
  assert.equal(calculateSimilarity([h(1), h(2), h(3), h(4)], [h(2), h(3), h(4), h(5)]), 0.6);
});

test('the threshold is strict and order is kept', () => {
  const query = [h(1), h(2), h(3), h(4)];
  const patterns = [
    { id: 'exactly-threshold', hashes: [h(1), h(2), h(3)] }, // 3/4 = 0.75: not kept
    { id: 'same', hashes: query },
    { id: 'other', hashes: [h(9)] },
    { id: 'close', hashes: [h(1), h(2), h(3), h(4), h(5)] }, // 4/5
  ];
  assert.equal(THRESHOLD, 0.75);
  assert.deepEqual(matchPatterns(patterns, query), [
    { pattern: 'same', similarity: 1 },
    { pattern: 'close', similarity: 0.8 },
  ]);
});

// The Rust port, compiled to wasm32 by the build, must return what the prototype returns.
test('the Rust matcher in WebAssembly agrees with the prototype', async () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const wasmPath = path.join(__dirname, '../../rust-core/target/wasm32-unknown-unknown/release/rust_core.wasm');
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath));
  const rust = instance.exports;

  // Deterministic pseudo-random sets over a small universe, so that some pass 0.75 and most do not.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const randomSet = (base) => {
    const values = new Set(base);
    for (let i = next() % 4; i > 0; i--) values.add(next() % 40);
    for (let i = next() % 3; i > 0; i--) values.delete([...values][next() % values.size]);
    return [...values].sort((a, b) => a - b).map(h);
  };
  const query = randomSet([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  // Half the patterns start from the query's values, half from unrelated ones.
  const unrelated = () => Array.from({ length: 10 }, () => next() % 40);
  const patterns = Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    hashes: randomSet(i % 2 === 0 ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : unrelated()),
  }));

  const write = (text) => {
    const bytes = new TextEncoder().encode(text);
    const pointer = rust.oxb_alloc(bytes.length);
    new Uint8Array(rust.memory.buffer, pointer, bytes.length).set(bytes);
    return [pointer, bytes.length];
  };
  const [patternsPointer, patternsLength] = write(JSON.stringify(patterns));
  const [queryPointer, queryLength] = write(JSON.stringify(query));
  const outLength = rust.oxb_alloc(8);
  const resultPointer = rust.oxb_match_patterns_json(patternsPointer, patternsLength, queryPointer, queryLength, outLength);
  assert.notEqual(resultPointer, 0, 'the Rust matcher rejected the input');
  const length = new DataView(rust.memory.buffer).getUint32(outLength, true);
  const fromRust = JSON.parse(new TextDecoder().decode(new Uint8Array(rust.memory.buffer, resultPointer, length)));

  const expected = matchPatterns(patterns, query);
  assert.ok(expected.length > 0 && expected.length < patterns.length, `some but not all match (${expected.length})`);
  assert.deepEqual(fromRust, expected);
});
