"""The guide's pitfall 1, "Unnecessary String Conversions", in the fingerprint program.

``fingerprint_rust`` swaps Rust into the prototype with typed data: the node list crosses as
rust-core's wire format. This module swaps in the same Rust function the other way, the guide's
"BAD: Converting back and forth": every call turns the node list into a JSON string
(``json.dumps``), Rust parses it with serde_json and answers with the JSON text
``{"fingerprint": "<16 hex digits>"}``, which Python parses (``json.loads``) to get the number.

- ``use_host_function_json(rust)``: the host (oxbench, in Java) hands in a function that takes the
  JSON text and returns the answer's JSON text, calling the native library through Java's FFM API.
- ``use_wasm_json(exports)``: the Python code calls the Rust module compiled to WebAssembly itself,
  copying the UTF-8 JSON into the module's linear memory and the answer out of it.

Either way ``fingerprint.calculate_fingerprint`` returns the same unsigned 64-bit integer as before.
"""

import json

import fingerprint

OK = 0


def fingerprint_of(answer):
    """The fingerprint in Rust's JSON answer."""
    return int(json.loads(answer)["fingerprint"], 16)


def use_host_function_json(rust_fingerprint_json):
    """Swap in the host's Rust function, which takes and returns JSON text."""

    def calculate_fingerprint(ast_nodes):
        return fingerprint_of(rust_fingerprint_json(json.dumps(ast_nodes)))

    fingerprint.calculate_fingerprint = calculate_fingerprint


def use_wasm_json(wasm):
    """Swap in ``oxb_fingerprint_json`` exported by the wasm module (its exports object)."""
    memory = wasm.memory
    # Where Rust writes the answer's address and length: two little-endian u32s (wasm32 pointers).
    out = wasm.oxb_alloc(8)

    def read_u32(address):
        # Put together from the bytes rather than with int.from_bytes: GraalPy passes the int that
        # int.from_bytes returns to GraalWasm as a 64-bit value, which an i32 parameter refuses
        # ("TypeError: invalid instantiation of foreign object"); this one stays 32-bit.
        b0, b1, b2, b3 = (byte & 0xFF for byte in memory[address:address + 4])
        return b0 | b1 << 8 | b2 << 16 | b3 << 24

    def calculate_fingerprint(ast_nodes):
        data = json.dumps(ast_nodes).encode("utf-8")
        pointer = wasm.oxb_alloc(len(data))
        try:
            # Wasm memory elements are signed bytes: view the data the same way.
            memory[pointer:pointer + len(data)] = memoryview(data).cast("b")
            status = wasm.oxb_fingerprint_json(pointer, len(data), out, out + 4)
        finally:
            wasm.oxb_dealloc(pointer, len(data))
        if status != OK:
            raise RuntimeError(f"oxb_fingerprint_json failed with status {status}")
        address, length = read_u32(out), read_u32(out + 4)
        try:
            answer = bytes(b & 0xFF for b in memory[address:address + length])
        finally:
            wasm.oxb_dealloc(address, length)
        return fingerprint_of(answer)

    fingerprint.calculate_fingerprint = calculate_fingerprint
