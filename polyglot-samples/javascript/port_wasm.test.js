'use strict';
// Tests of port_wasm.js under Node's built-in test runner: node --test polyglot-samples/javascript/
// The module is written here byte by byte, so the test needs no Rust build: a port of the ABI
// (docs/port-abi.md) with a bump allocator, `reverse` (the input's bytes reversed) and `boom` (a
// trap after which oxbench_port_panic_message has a message, as a wasm32 Rust panic leaves it).
const test = require('node:test');
const assert = require('node:assert/strict');
const { portFunction, instantiate, ABI_VERSION } = require('./port_wasm.js');

const I32 = 0x7f;

function uleb(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

const vec = (items) => [...uleb(items.length), ...items.flat()];
const name = (text) => vec([...Buffer.from(text, 'utf8')]);
const section = (id, content) => [id, ...uleb(content.length), ...content];
const body = (locals, code) => {
  const content = [...vec(locals), ...code, 0x0b];
  return [...uleb(content.length), ...content];
};

// Opcodes used below.
const get = (i) => [0x20, i];
const set = (i) => [0x21, i];
const constant = (n) => [0x41, ...uleb(n)]; // small non-negative constants only
const [ADD, SUB, GE_U] = [[0x6a], [0x6b], [0x4f]];
const LOAD8 = [0x2d, 0, 0];
const STORE8 = [0x3a, 0, 0];
const STORE = [0x36, 2, 0];

const MESSAGE = 'refused input: boom';
const MESSAGE_AT = 16;

function portModule({ version = ABI_VERSION } = {}) {
  const types = vec([
    [0x60, ...vec([]), ...vec([I32])], // 0: () -> i32
    [0x60, ...vec([I32]), ...vec([I32])], // 1: (len) -> ptr
    [0x60, ...vec([I32, I32]), ...vec([])], // 2: (ptr, len)
    [0x60, ...vec([I32, I32, I32, I32]), ...vec([I32])], // 3: (in, len, out_ptr, out_len) -> status
    [0x60, ...vec([I32, I32]), ...vec([I32])], // 4: (out_ptr, out_len) -> status
  ]);
  const functions = vec([[0], [1], [2], [3], [3], [4]]);
  const memory = vec([[0x00, 1]]);
  const heap = vec([[I32, 0x01, ...constant(1024), 0x0b]]);
  const exports = vec([
    [...name('memory'), 0x02, 0],
    [...name('oxbench_port_abi_version'), 0x00, 0],
    [...name('oxbench_port_alloc'), 0x00, 1],
    [...name('oxbench_port_free'), 0x00, 2],
    [...name('oxbench_port_call_reverse'), 0x00, 3],
    [...name('oxbench_port_call_boom'), 0x00, 4],
    [...name('oxbench_port_panic_message'), 0x00, 5],
  ]);
  const reverse = [
    ...get(1), 0x10, 1, ...set(4), // out = alloc(len)
    ...constant(0), ...set(5), // i = 0
    0x02, 0x40, 0x03, 0x40, // block loop
    ...get(5), ...get(1), ...GE_U, 0x0d, 1, // while i < len
    ...get(4), ...get(5), ...ADD, // out + i
    ...get(0), ...get(1), ...ADD, ...constant(1), ...SUB, ...get(5), ...SUB, ...LOAD8, // in[len - 1 - i]
    ...STORE8,
    ...get(5), ...constant(1), ...ADD, ...set(5),
    0x0c, 0, 0x0b, 0x0b, // br loop; end loop; end block
    ...get(2), ...get(4), ...STORE, // *out_ptr = out
    ...get(3), ...get(1), ...STORE, // *out_len = len
    ...constant(0),
  ];
  const panicMessage = [
    ...get(0), ...constant(MESSAGE_AT), ...STORE,
    ...get(1), ...constant(MESSAGE.length), ...STORE,
    ...constant(1),
  ];
  const code = vec([
    body([], constant(version)),
    body([], [0x23, 0, 0x23, 0, ...get(0), ...ADD, 0x24, 0]), // bump: return heap; heap += len
    body([], []),
    body([[2, I32]], reverse),
    body([], [0x00]), // unreachable: a trap
    body([], panicMessage),
  ]);
  const data = vec([[0x00, ...constant(MESSAGE_AT), 0x0b, ...vec([...Buffer.from(MESSAGE, 'utf8')])]]);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, types), ...section(3, functions), ...section(5, memory), ...section(6, heap),
    ...section(7, exports), ...section(10, code), ...section(11, data),
  ]);
}

test('a call copies the input in and returns the output as a new Uint8Array', () => {
  const reverse = portFunction(portModule(), 'reverse');
  const output = reverse(new Uint8Array([1, 2, 0, 255, 128]));
  assert.ok(output instanceof Uint8Array);
  assert.deepEqual([...output], [128, 255, 0, 2, 1]);
  assert.deepEqual([...reverse(new TextEncoder().encode('abc'))], [...new TextEncoder().encode('cba')]);
});

test('an empty input gives an empty output', () => {
  const reverse = portFunction(portModule().buffer, 'reverse');
  assert.equal(reverse(new Uint8Array(0)).length, 0);
});

test('a trap is an error naming the function, with the panic message and the trap as its cause', () => {
  const boom = portFunction(portModule(), 'boom');
  assert.throws(() => boom(new TextEncoder().encode('boom')), (error) => {
    assert.equal(error.message, `boom panicked (a trap in wasm): ${MESSAGE}`);
    assert.ok(error.cause instanceof WebAssembly.RuntimeError);
    return true;
  });
});

test('a function the module does not export, or another ABI version, is refused', () => {
  assert.throws(() => portFunction(portModule(), 'missing'), /exports no oxbench_port_call_missing/);
  assert.throws(() => instantiate(portModule({ version: 2 })), /speaks port ABI version 2/);
});
