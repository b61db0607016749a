'use strict';
/**
 * The guide's pitfall 1, "Unnecessary String Conversions", from JavaScript: the Rust fingerprint
 * (rust-core/src/fingerprint.rs) compiled to WebAssembly and called through the standard
 * `WebAssembly` API (GraalJS in oxbench, V8 under Node), once per file, with the file's node
 * strings as a JavaScript array. Two ways across the boundary:
 *
 * - `typedFingerprint(rust)`: "keep in native format". The strings are encoded once into rust-core's
 *   node-list wire format (for each string a u32 little-endian byte length, then its UTF-8 bytes)
 *   straight into linear memory, and the fingerprint is read back as a u64.
 * - `jsonFingerprint(rust)`: "converting back and forth". The array becomes a JSON string
 *   (`JSON.stringify`), Rust parses it with serde_json and answers with the JSON text
 *   `{"fingerprint":"<16 hex digits>"}`, which JavaScript parses (`JSON.parse`).
 *
 * Both return the fingerprint as a BigInt (an unsigned 64-bit value).
 *
 * `rust` is the instance's exports: `instantiate(bytes)` makes it from rust_core.wasm.
 */

const OK = 0;

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

function typedFingerprint(rust) {
  const encoder = new TextEncoder();
  const out = allocate(rust, 8);

  return function calculateFingerprint(astNodes) {
    const encoded = astNodes.map((node) => encoder.encode(node));
    const length = encoded.reduce((sum, bytes) => sum + 4 + bytes.length, 0);
    const pointer = allocate(rust, length);
    let status;
    try {
      // Views are made after allocating: growing the memory replaces its buffer.
      const lengths = new DataView(rust.memory.buffer, pointer, length);
      const bytes = new Uint8Array(rust.memory.buffer, pointer, length);
      let offset = 0;
      for (const node of encoded) {
        lengths.setUint32(offset, node.length, true);
        bytes.set(node, offset + 4);
        offset += 4 + node.length;
      }
      status = rust.oxb_fingerprint(pointer, length, out);
    } finally {
      rust.oxb_dealloc(pointer, Math.max(length, 1));
    }
    if (status !== OK) {
      throw new Error(`oxb_fingerprint failed with status ${status}`);
    }
    return new DataView(rust.memory.buffer).getBigUint64(out, true);
  };
}

function jsonFingerprint(rust) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  // Where Rust writes the answer's address and length: two little-endian u32s (wasm32 pointers).
  const out = allocate(rust, 8);

  return function calculateFingerprint(astNodes) {
    const input = encoder.encode(JSON.stringify(astNodes));
    const pointer = allocate(rust, input.length);
    let status;
    try {
      new Uint8Array(rust.memory.buffer, pointer, input.length).set(input);
      status = rust.oxb_fingerprint_json(pointer, input.length, out, out + 4);
    } finally {
      rust.oxb_dealloc(pointer, input.length);
    }
    if (status !== OK) {
      throw new Error(`oxb_fingerprint_json failed with status ${status}`);
    }
    const words = new DataView(rust.memory.buffer);
    const address = words.getUint32(out, true);
    const length = words.getUint32(out + 4, true);
    const answer = decoder.decode(new Uint8Array(rust.memory.buffer, address, length));
    rust.oxb_dealloc(address, length);
    return BigInt(`0x${JSON.parse(answer).fingerprint}`);
  };
}

const api = { instantiate, typedFingerprint, jsonFingerprint };

// Under Node: a CommonJS module. In GraalJS (a plain script): the last value is the API.
if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
}
api;
