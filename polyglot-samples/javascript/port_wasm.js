'use strict';
/**
 * A folder story's Rust port, compiled to wasm32, called from JavaScript through the standard
 * `WebAssembly` API: by GraalJS in oxbench (js+rust@graalwasm) and by V8 under Node (js+rust@node-wasm),
 * the same file and the same .wasm. It speaks the port ABI of rust-core/port (docs/port-abi.md).
 *
 * API (all synchronous):
 *
 * - `portFunction(wasmBytes, name)` -> `(input: Uint8Array) => Uint8Array`
 *   `wasmBytes` is the module's bytes (a Uint8Array or an ArrayBuffer), `name` the function the crate
 *   exports with `oxbench_port::export!(name)`. The module is compiled and instantiated once (it
 *   imports nothing); each call of the returned function copies its input into linear memory
 *   (`oxbench_port_alloc`), calls `oxbench_port_call_<name>`, copies the output out and frees both
 *   buffers (`oxbench_port_free`). The result is a fresh Uint8Array of the output's bytes.
 * - `instantiate(wasmBytes)` -> the instance's exports; `callPort(exports, name)` -> the same function
 *   as `portFunction`, on an instance already made.
 *
 * A panic in the port is a wasm trap (wasm32 builds abort on panic): the call throws an Error saying
 * the function panicked, with the panic's message when the module kept one
 * (`oxbench_port_panic_message`), and the trap as its `cause`. Any other trap is rethrown as it is.
 *
 * Under Node it is a CommonJS module (`require('./port_wasm.js')`); evaluated as a plain script (as
 * oxbench does in GraalJS, where the guest has no `require` and no file access) its last value is the API.
 */

/** The port ABI version this file speaks (`oxbench_port_abi_version`). */
const ABI_VERSION = 1;
/** Statuses of `oxbench_port_call_<name>`. */
const STATUS_OK = 0;
const STATUS_PANIC = 1;

/** The exports of the port's module, instantiated from its bytes. */
function instantiate(wasmBytes) {
  const exports = new WebAssembly.Instance(new WebAssembly.Module(wasmBytes), {}).exports;
  if (typeof exports.oxbench_port_abi_version !== 'function') {
    throw new Error('the wasm module is not an oxbench port: it exports no oxbench_port_abi_version');
  }
  const version = exports.oxbench_port_abi_version();
  if (version !== ABI_VERSION) {
    throw new Error(`the wasm module speaks port ABI version ${version}; this caller speaks version ${ABI_VERSION}`);
  }
  return exports;
}

function portFunction(wasmBytes, name) {
  return callPort(instantiate(wasmBytes), name);
}

function callPort(exports, name) {
  const symbol = `oxbench_port_call_${name}`;
  const call = exports[symbol];
  if (typeof call !== 'function') {
    throw new Error(`the wasm module exports no ${symbol} (is ${name} named in oxbench_port::export!?)`);
  }
  const decoder = new TextDecoder();
  // Where a call writes its output's address and length: two wasm32 words, kept for every call.
  const out = allocate(exports, 8);

  /** The bytes `length` at `address` of linear memory, copied out and freed. */
  function takeOutput(address, length) {
    const bytes = new Uint8Array(exports.memory.buffer, address, length).slice();
    exports.oxbench_port_free(address, length);
    return bytes;
  }

  function outputSlot() {
    // A view is made after each call: growing the memory replaces its buffer.
    const view = new DataView(exports.memory.buffer);
    return takeOutput(view.getUint32(out, true), view.getUint32(out + 4, true));
  }

  /** The message the module kept of the panic that trapped, or null. */
  function panicMessage() {
    if (typeof exports.oxbench_port_panic_message !== 'function') {
      return null;
    }
    return exports.oxbench_port_panic_message(out, out + 4) === STATUS_PANIC ? decoder.decode(outputSlot()) : null;
  }

  return function port(input) {
    const length = input.length;
    const pointer = allocate(exports, length);
    new Uint8Array(exports.memory.buffer, pointer, length).set(input);
    let status;
    try {
      status = call(pointer, length, out, out + 4);
    } catch (trap) {
      // The input is not freed after a trap: the allocator may be what trapped.
      const message = trap instanceof WebAssembly.RuntimeError ? panicMessage() : null;
      if (message === null) {
        throw trap;
      }
      throw new Error(`${name} panicked (a trap in wasm): ${message}`, { cause: trap });
    }
    exports.oxbench_port_free(pointer, length);
    if (status === STATUS_OK) {
      return outputSlot();
    }
    if (status === STATUS_PANIC) {
      throw new Error(`${name} panicked: ${decoder.decode(outputSlot())}`);
    }
    throw new Error(`${symbol} returned status ${status}`);
  };
}

/** `length` bytes of linear memory (length 0 allowed), failing loudly when none is left. */
function allocate(exports, length) {
  const pointer = exports.oxbench_port_alloc(length);
  if (pointer === 0) {
    throw new Error(`oxbench_port_alloc(${length}) failed: wasm memory exhausted`);
  }
  return pointer;
}

const api = { portFunction, instantiate, callPort, ABI_VERSION };

// Under Node: a CommonJS module. In GraalJS (a plain script): the last value is the API.
if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
}
api;
