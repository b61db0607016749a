"""The boundary-cost matrix from Python: chains of calls of two Rust functions through a bridge.

The guide's Strategy 1 puts a Foreign Function Interface between the Python app and the Rust
library; what one crossing costs decides how much work a call must carry to be worth it. Each setup
function below returns ``run(start, calls)``, which makes ``calls`` calls in a row, each depending on
the last, so that none can be skipped or hoisted, and returns the last result as an unsigned 64-bit int:

- ``add_one_chain(add_one)``: ``x = add_one(x)``, from ``start``. ``add_one`` is any callable
  (oxbench hands in a host function that calls ``oxb_add_one`` through FFM).
- ``wasm_add_one_chain(wasm)``: the same with the wasm module's export (a Python int as i64).
- ``host_hash_chain(hash_buffer, data)``: the buffer is a ``bytearray`` with ``data``'s bytes; before
  each call the last hash (``start`` at first) is written into its first 8 bytes, little-endian, and
  ``hash_buffer(buffer)`` returns the 64-bit FNV-1a of the whole buffer (oxbench's host function
  reads the bytearray and calls ``oxb_hash_buffer`` through FFM).
- ``wasm_hash_chain(wasm, data)``: the same with the buffer in the wasm module's linear memory, as a
  program that keeps its data in native format does: only the 8 bytes are written per call, and
  ``oxb_hash_buffer`` gets a pointer and a length.

The loops take any callables, so they also run under CPython with pure-Python stand-ins.
"""

MASK_64 = 0xFFFFFFFFFFFFFFFF


def add_one_chain(add_one):
    """Chained calls of ``add_one``; the last result."""

    def run(start, calls):
        x = start
        for _ in range(calls):
            x = add_one(x)
        return x & MASK_64

    return run


def wasm_add_one_chain(wasm):
    """Chained calls of the wasm export ``oxb_add_one``."""
    return add_one_chain(wasm.oxb_add_one)


def host_hash_chain(hash_buffer, data):
    """Chained hashes of a bytearray holding ``data`` (ints, possibly signed bytes)."""
    buffer = bytearray(b & 0xFF for b in data)

    def run(start, calls):
        accumulator = start
        for _ in range(calls):
            buffer[0:8] = accumulator.to_bytes(8, "little")
            accumulator = hash_buffer(buffer) & MASK_64
        return accumulator

    return run


def wasm_hash_chain(wasm, data):
    """Chained hashes of ``data`` copied once into linear memory, by the wasm export ``oxb_hash_buffer``."""
    memory = wasm.memory
    hash_buffer = wasm.oxb_hash_buffer
    length = len(data)
    pointer = wasm.oxb_alloc(length)
    if pointer == 0:
        raise MemoryError(f"oxb_alloc({length}) failed: wasm memory exhausted")
    # Wasm memory elements are signed bytes: view the data the same way.
    memory[pointer:pointer + length] = memoryview(bytes(b & 0xFF for b in data)).cast("b")

    def run(start, calls):
        accumulator = start
        for _ in range(calls):
            memory[pointer:pointer + 8] = memoryview(accumulator.to_bytes(8, "little")).cast("b")
            accumulator = hash_buffer(pointer, length) & MASK_64
        return accumulator

    return run
