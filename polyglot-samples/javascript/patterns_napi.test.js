'use strict';
// The Node-API addon (rust-core/napi, built by rust-core/build.sh) finds what the prototype finds.
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { matchPatterns } = require('./patterns.js');
const { napiMatcher } = require('./patterns_napi.js');

const addon = require(path.join(__dirname, '../../rust-core/target/release/rust_core.node'));

const hex = (n) => n.toString(16).padStart(16, '0');
const patterns = [
  { id: 'same', hashes: [1, 2, 3, 4].map(hex) },
  { id: 'close', hashes: [1, 2, 3, 4, 5].map(hex) },
  { id: 'far', hashes: [7, 8].map(hex) },
  { id: 'empty', hashes: [] },
  { id: 'big', hashes: ['ffffffffffffffff', hex(1), hex(2), hex(3)].sort() },
];
const fingerprint = [1, 2, 3, 4].map(hex);

test('the addon matches what the prototype matches, bit for bit', () => {
  const matcher = napiMatcher(addon);
  const library = matcher.loadPatterns(patterns);
  assert.deepStrictEqual(matcher.matchPatterns(library, fingerprint), matchPatterns(patterns, fingerprint));
  assert.deepStrictEqual(matcher.matchPatterns(library, []), matchPatterns(patterns, []));
});

test('malformed input is an exception, not a crash', () => {
  const matcher = napiMatcher(addon);
  const library = matcher.loadPatterns(patterns);
  assert.throws(() => matcher.matchPatterns(library, [hex(2), hex(1)]), /strictly ascending/);
  assert.throws(() => addon.matchPatterns(1, 2, 3, 4, 5), TypeError);
  assert.throws(() => addon.matchPatterns(library.hashes), TypeError);
});
