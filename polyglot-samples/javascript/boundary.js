'use strict';
/**
 * The boundary-cost matrix from JavaScript: chains of calls of two Rust functions through a bridge.
 *
 * The guide's Strategy 1 puts a Foreign Function Interface between the JavaScript app and the Rust
 * library; what one crossing costs decides how much work a call must carry to be worth it. Each
 * setup function returns `run(start, calls)`, which makes `calls` calls in a row, each depending on
 * the last, so that none can be skipped or hoisted, and returns the last result:
 *
 * - `addOneChain(addOne)`: `x = addOne(x)` from `start` (oxbench hands in a host function that calls
 *   `oxb_add_one` through FFM; numbers in and out).
 * - `wasmAddOneChain(rust)`: the same with the wasm export, which takes and returns an i64: a BigInt.
 * - `hostHashChain(hashBuffer, bytes)`: the buffer is an ArrayBuffer holding `bytes`; before each call
 *   the last hash (`start` at first) is written into its first 8 bytes, little-endian, and
 *   `hashBuffer(buffer)` returns the 64-bit FNV-1a of the whole buffer (oxbench's host function reads
 *   the ArrayBuffer and calls `oxb_hash_buffer` through FFM).
 * - `wasmHashChain(rust, bytes)`: the same with the buffer in the module's linear memory, as a program
 *   that keeps its data in native format does: only the 8 bytes are written per call, and
 *   `oxb_hash_buffer` gets a pointer and a length.
 *
 * `rust` is the exports of rust_core.wasm, made by `instantiate(bytes)` through the standard
 * `WebAssembly` API (GraalJS in oxbench, V8 under Node).
 */

/** A Uint8Array of any array-like of byte values (Java's are signed). */
function toBytes(values) {
  // An indexed loop, not Uint8Array.from: measured faster over a host's proxy array (rust_core.wasm's 167 KB).
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    bytes[i] = values[i] & 0xff;
  }
  return bytes;
}

/** The exports of rust_core.wasm, instantiated from its bytes (it imports nothing). */
function instantiate(bytes) {
  return new WebAssembly.Instance(new WebAssembly.Module(toBytes(bytes)), {}).exports;
}

function addOneChain(addOne) {
  return (start, calls) => {
    let x = start;
    for (let i = 0; i < calls; i++) {
      x = addOne(x);
    }
    return x;
  };
}

function wasmAddOneChain(rust) {
  const chain = addOneChain(rust.oxb_add_one);
  return (start, calls) => chain(BigInt(start), calls);
}

/**
 * Chained hashes of the buffer `view` sees, whose first 8 bytes (from `offset`) get the last hash
 * before each `hash()`; the last hash as an unsigned BigInt.
 */
function hashChain(view, offset, hash) {
  return (start, calls) => {
    let accumulator = BigInt(start);
    for (let i = 0; i < calls; i++) {
      view.setBigUint64(offset, accumulator, true);
      accumulator = BigInt(hash());
    }
    return BigInt.asUintN(64, accumulator);
  };
}

function hostHashChain(hashBuffer, bytes) {
  const buffer = toBytes(bytes).buffer;
  return hashChain(new DataView(buffer), 0, () => hashBuffer(buffer));
}

function wasmHashChain(rust, bytes) {
  const data = toBytes(bytes);
  const pointer = rust.oxb_alloc(data.length);
  if (pointer === 0) {
    throw new Error(`oxb_alloc(${data.length}) failed: wasm memory exhausted`);
  }
  // Views are made after allocating: growing the memory replaces its buffer.
  new Uint8Array(rust.memory.buffer, pointer, data.length).set(data);
  return hashChain(new DataView(rust.memory.buffer), pointer, () => rust.oxb_hash_buffer(pointer, data.length));
}

const api = { instantiate, addOneChain, wasmAddOneChain, hostHashChain, wasmHashChain };

// Under Node: a CommonJS module. In GraalJS (a plain script): the last value is the API.
if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
}
api;
