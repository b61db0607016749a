'use strict';
/**
 * The guide's "JavaScript to Rust" step applied to the pattern matcher: the JavaScript program
 * stays, and `matchPatterns` calls the Rust matcher (rust-core/src/patterns.rs) compiled to
 * WebAssembly, through the standard `WebAssembly` API (GraalJS in oxbench, V8 under Node).
 *
 * Two boundaries, the two sides of the guide's pitfall 1 ("Unnecessary String Conversions"):
 *
 * - `jsonMatcher(rust).matchPatterns(patterns, fingerprint)`: the guide's own example. On every call
 *   the patterns and the fingerprint are turned into JSON strings, copied into linear memory as
 *   UTF-8, parsed by serde_json in Rust, and the matches come back as a JSON string to parse.
 * - `typedMatcher(rust)`: "keep in native format". `loadPatterns(patterns)` copies the pattern
 *   library into linear memory once, as 64-bit hashes with 32-bit offsets; each
 *   `matchPatterns(library, fingerprint)` then only writes the fingerprint's hashes, and reads the
 *   matches back as typed arrays (pattern indices and similarities).
 *
 * Both return what patterns.js returns: `[{pattern: id, similarity}]`, in the patterns' order, with
 * the same similarity values (bit for bit: a double division of the same two integers).
 *
 * `rust` is the instance's exports: `instantiate(bytes)` makes it from rust_core.wasm.
 */

/** The exports of rust_core.wasm, instantiated from its bytes (it imports nothing). */
function instantiate(bytes) {
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
}

/** Allocates `length` bytes of linear memory (at least one), failing loudly when none is left. */
function allocate(rust, length) {
  const pointer = rust.oxb_alloc(Math.max(length, 1));
  if (pointer === 0) {
    throw new Error(`oxb_alloc(${length}) failed: wasm memory exhausted`);
  }
  return pointer;
}

function jsonMatcher(rust) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function copyIn(text) {
    const bytes = encoder.encode(text);
    const pointer = allocate(rust, bytes.length);
    // Views are made after allocating: growing the memory replaces its buffer.
    new Uint8Array(rust.memory.buffer, pointer, bytes.length).set(bytes);
    return { pointer, length: bytes.length };
  }

  function matchPatterns(patterns, fingerprint) {
    const input = copyIn(JSON.stringify(patterns));
    const query = copyIn(JSON.stringify(fingerprint));
    // Where the export writes its answer's address and length (two wasm32 words), as oxb_fingerprint_json.
    const out = allocate(rust, 8);
    try {
      const status = rust.oxb_match_patterns_json(input.pointer, input.length, query.pointer, query.length, out, out + 4);
      if (status !== 0) {
        throw new Error(`oxb_match_patterns_json rejected its input (status ${status})`);
      }
      const view = new DataView(rust.memory.buffer);
      const result = view.getUint32(out, true);
      const length = view.getUint32(out + 4, true);
      const json = decoder.decode(new Uint8Array(rust.memory.buffer, result, length));
      rust.oxb_dealloc(result, length);
      return JSON.parse(json);
    } finally {
      rust.oxb_dealloc(input.pointer, Math.max(input.length, 1));
      rust.oxb_dealloc(query.pointer, Math.max(query.length, 1));
      rust.oxb_dealloc(out, 8);
    }
  }

  return { matchPatterns };
}

function typedMatcher(rust) {
  /** Copies hex hashes into linear memory as u64s; returns the pointer. */
  function copyHashes(hexes) {
    const pointer = allocate(rust, hexes.length * 8);
    const view = new BigUint64Array(rust.memory.buffer, pointer, hexes.length);
    for (let i = 0; i < hexes.length; i++) {
      view[i] = BigInt(`0x${hexes[i]}`);
    }
    return pointer;
  }

  /** The pattern library in linear memory, with room for the matches; free it with `release`. */
  function loadPatterns(patterns) {
    const count = patterns.length;
    const all = patterns.flatMap((pattern) => pattern.hashes);
    const hashes = copyHashes(all);
    const offsets = allocate(rust, (count + 1) * 4);
    const offsetView = new Uint32Array(rust.memory.buffer, offsets, count + 1);
    let offset = 0;
    for (let i = 0; i < count; i++) {
      offsetView[i] = offset;
      offset += patterns[i].hashes.length;
    }
    offsetView[count] = offset;
    const indices = allocate(rust, count * 4);
    const similarities = allocate(rust, count * 8);
    return { ids: patterns.map((pattern) => pattern.id), hashCount: all.length, hashes, offsets, indices, similarities };
  }

  function release(library) {
    const count = library.ids.length;
    rust.oxb_dealloc(library.hashes, Math.max(library.hashCount * 8, 1));
    rust.oxb_dealloc(library.offsets, (count + 1) * 4);
    rust.oxb_dealloc(library.indices, Math.max(count * 4, 1));
    rust.oxb_dealloc(library.similarities, Math.max(count * 8, 1));
  }

  function matchPatterns(library, fingerprint) {
    const query = copyHashes(fingerprint);
    let found;
    try {
      found = rust.oxb_match_patterns(library.hashes, library.hashCount, library.offsets, library.ids.length,
        query, fingerprint.length, library.indices, library.similarities);
    } finally {
      rust.oxb_dealloc(query, Math.max(fingerprint.length * 8, 1));
    }
    if (found < 0) {
      throw new Error(`oxb_match_patterns failed with status ${found}`);
    }
    const indices = new Uint32Array(rust.memory.buffer, library.indices, found);
    const similarities = new Float64Array(rust.memory.buffer, library.similarities, found);
    const results = [];
    for (let i = 0; i < found; i++) {
      results.push({ pattern: library.ids[indices[i]], similarity: similarities[i] });
    }
    return results;
  }

  return { loadPatterns, matchPatterns, release };
}

const api = { instantiate, jsonMatcher, typedMatcher };

// Under Node: a CommonJS module. In GraalJS (a plain script): the last value is the API.
if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
}
api;
