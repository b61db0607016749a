'use strict';
/**
 * The guide's "JavaScript to Rust" step through a Node-API addon (its tool list: Neon, napi-rs):
 * the JavaScript program stays, and `matchPatterns` calls the Rust matcher compiled as a native
 * addon (rust-core/napi, loaded by Node from `rust_core.node`). The boundary is
 * patterns_rust.js's typed one, with typed arrays the addon reads and writes in place instead of
 * wasm linear memory: `loadPatterns(patterns)` encodes the pattern library once (64-bit hashes,
 * 32-bit offsets) and allocates the output arrays; each `matchPatterns(library, fingerprint)`
 * encodes the fingerprint and reads the matches back.
 *
 * Returns what patterns.js returns: `[{pattern: id, similarity}]`, in the patterns' order, with the
 * same similarity values.
 */

/** `addon` is `require('.../rust_core.node')`, whose `matchPatterns` is rust-core's oxb_match_patterns. */
function napiMatcher(addon) {
  function hashes(hexes) {
    return BigUint64Array.from(hexes, (hex) => BigInt(`0x${hex}`));
  }

  function loadPatterns(patterns) {
    const offsets = new Uint32Array(patterns.length + 1);
    for (let i = 0; i < patterns.length; i++) {
      offsets[i + 1] = offsets[i] + patterns[i].hashes.length;
    }
    return {
      ids: patterns.map((pattern) => pattern.id),
      hashes: hashes(patterns.flatMap((pattern) => pattern.hashes)),
      offsets,
      indices: new Uint32Array(patterns.length),
      similarities: new Float64Array(patterns.length),
    };
  }

  function matchPatterns(library, fingerprint) {
    const found = addon.matchPatterns(library.hashes, library.offsets, hashes(fingerprint), library.indices, library.similarities);
    const results = [];
    for (let i = 0; i < found; i++) {
      results.push({ pattern: library.ids[library.indices[i]], similarity: library.similarities[i] });
    }
    return results;
  }

  return { loadPatterns, matchPatterns };
}

module.exports = { napiMatcher };
