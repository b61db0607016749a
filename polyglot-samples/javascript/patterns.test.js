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

// The Rust port, compiled to wasm32 by the build, must return what the prototype returns, through
// both boundaries of patterns_rust.js.
const fs = require('node:fs');
const path = require('node:path');
const { instantiate, jsonMatcher, typedMatcher } = require('./patterns_rust.js');
const wasmPath = path.join(__dirname, '../../rust-core/target/wasm32-unknown-unknown/release/rust_core.wasm');

// Deterministic pseudo-random sets over a small universe, so that some pass 0.75 and most do not.
function randomLibrary() {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const randomSet = (base) => {
    const values = new Set(base);
    for (let i = next() % 4; i > 0; i--) values.add(next() % 40);
    for (let i = next() % 3; i > 0; i--) values.delete([...values][next() % values.size]);
    return [...values].sort((a, b) => a - b).map(h);
  };
  const near = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const query = randomSet(near);
  // Half the patterns start from the query's values, half from unrelated ones; one is empty.
  const unrelated = () => Array.from({ length: 10 }, () => next() % 40);
  const patterns = Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    hashes: i === 5 ? [] : randomSet(i % 2 === 0 ? near : unrelated()),
  }));
  return { patterns, query };
}

test('the Rust matcher in WebAssembly agrees with the prototype, JSON and typed boundaries', () => {
  const rust = instantiate(fs.readFileSync(wasmPath));
  const { patterns, query } = randomLibrary();
  const expected = matchPatterns(patterns, query);
  assert.ok(expected.length > 0 && expected.length < patterns.length, `some but not all match (${expected.length})`);

  assert.deepEqual(jsonMatcher(rust).matchPatterns(patterns, query), expected);

  const typed = typedMatcher(rust);
  const library = typed.loadPatterns(patterns);
  assert.deepEqual(typed.matchPatterns(library, query), expected);
  // The library stays usable: a second query, and an empty one.
  assert.deepEqual(typed.matchPatterns(library, patterns[1].hashes), matchPatterns(patterns, patterns[1].hashes));
  assert.deepEqual(typed.matchPatterns(library, []), []);
  typed.release(library);
});

test('both boundaries reject hashes that are not sorted', () => {
  const rust = instantiate(fs.readFileSync(wasmPath));
  const patterns = [{ id: 'x', hashes: [h(2), h(1)] }];
  assert.throws(() => jsonMatcher(rust).matchPatterns(patterns, [h(1)]), /rejected/);
  const typed = typedMatcher(rust);
  assert.throws(() => typed.matchPatterns(typed.loadPatterns(patterns), [h(1)]), /status -1/);
});

test('the typed boundary keeps working after the memory grows', () => {
  const rust = instantiate(fs.readFileSync(wasmPath));
  const typed = typedMatcher(rust);
  const { patterns, query } = randomLibrary();
  const library = typed.loadPatterns(patterns);
  const before = rust.memory.buffer.byteLength;
  rust.oxb_alloc(4 * before); // forces memory.grow, which detaches old views
  assert.ok(rust.memory.buffer.byteLength > before);
  assert.deepEqual(typed.matchPatterns(library, query), matchPatterns(patterns, query));
});
