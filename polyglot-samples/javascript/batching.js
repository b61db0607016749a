'use strict';
/**
 * The guide's pitfall 2, "Not Batching Operations", from JavaScript through WebAssembly: the same
 * fixed-size items hashed by Rust (64-bit FNV-1a, rust-core/src/boundary.rs) in two ways.
 *
 * - `hashEach(rust, items, itemLength)`: "BAD: Many small calls". A JavaScript loop copies each item
 *   into linear memory and calls `oxb_hash_buffer` once for it.
 * - `hashBatch(rust, items, itemLength)`: "GOOD: Batch processing". All items are copied into linear
 *   memory at once and one `oxb_hash_items` call hashes every one of them.
 *
 * Both move the same bytes into the module and return the same `BigUint64Array` (one hash per item),
 * so the difference between them is the number of boundary crossings. `items` is a `Uint8Array` whose
 * length is a whole number of items; `rust` is the instance's exports (`instantiate(bytes)`).
 */

/** The exports of rust_core.wasm, instantiated from its bytes (it imports nothing). */
function instantiate(bytes) {
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
}

function checkItems(items, itemLength) {
  if (!(itemLength > 0) || items.length % itemLength !== 0) {
    throw new RangeError(`${items.length} bytes are not whole items of ${itemLength} bytes`);
  }
}

/** Allocates `length` bytes of linear memory (at least one), failing loudly when none is left. */
function allocate(rust, length) {
  const pointer = rust.oxb_alloc(Math.max(length, 1));
  if (pointer === 0) {
    throw new Error(`oxb_alloc(${length}) failed: wasm memory exhausted`);
  }
  return pointer;
}

function hashEach(rust, items, itemLength) {
  checkItems(items, itemLength);
  const count = items.length / itemLength;
  const hashes = new BigUint64Array(count);
  const scratch = allocate(rust, itemLength);
  try {
    // oxb_hash_buffer allocates nothing, so the memory cannot grow and this view stays valid.
    const target = new Uint8Array(rust.memory.buffer, scratch, itemLength);
    for (let i = 0; i < count; i++) {
      target.set(items.subarray(i * itemLength, (i + 1) * itemLength));
      hashes[i] = rust.oxb_hash_buffer(scratch, itemLength);
    }
  } finally {
    rust.oxb_dealloc(scratch, itemLength);
  }
  return hashes;
}

function hashBatch(rust, items, itemLength) {
  checkItems(items, itemLength);
  const count = items.length / itemLength;
  const input = allocate(rust, items.length);
  const out = allocate(rust, count * 8);
  try {
    new Uint8Array(rust.memory.buffer, input, items.length).set(items);
    const status = rust.oxb_hash_items(input, items.length, itemLength, out);
    if (status !== 0) {
      throw new Error(`oxb_hash_items failed with status ${status}`);
    }
    // The hashes' bytes copied out in one piece, after the call (it may have grown the memory) and before
    // the memory is freed. (GraalJS copies a BigUint64Array's slice() element by element, as BigInts.)
    return new BigUint64Array(rust.memory.buffer.slice(out, out + count * 8));
  } finally {
    rust.oxb_dealloc(input, Math.max(items.length, 1));
    rust.oxb_dealloc(out, Math.max(count * 8, 1));
  }
}

const api = { instantiate, hashEach, hashBatch };

// Under Node: a CommonJS module. In GraalJS (a plain script): the last value is the API.
if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
}
api;
