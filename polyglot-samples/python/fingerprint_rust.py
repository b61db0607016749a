"""The guide's Strategy 1, gradual migration, applied to the fingerprint prototype.

The program stays in Python; only ``calculate_fingerprint``, the hot path, is swapped for the Rust
version (rust-core/src/fingerprint.rs), reached in one of two ways:

- ``use_host_function(rust)``: the host (oxbench, in Java) hands in a function that calls the
  native Rust library through Java's FFM API. This plays the role of the guide's PyO3 module: the
  Python list of node strings is converted at the boundary, as PyO3 converts it to ``Vec<String>``.
- ``use_wasm(exports)``: the Python code calls the Rust module compiled to WebAssembly itself. The
  node strings are encoded into one buffer (a 4-byte little-endian length, then the UTF-8 bytes, for
  every node), copied into the module's linear memory, and the fingerprint is read back from it.

Either way ``fingerprint.calculate_fingerprint`` returns the same unsigned 64-bit integer as before.
"""

import fingerprint

MASK_64 = 0xFFFFFFFFFFFFFFFF
OK = 0


def use_host_function(rust_calculate_fingerprint):
    """Swap in the Rust function the host provides; the host returns the 64 bits as a signed value."""

    def calculate_fingerprint(ast_nodes):
        return rust_calculate_fingerprint(ast_nodes) & MASK_64

    fingerprint.calculate_fingerprint = calculate_fingerprint


def encode_nodes(ast_nodes):
    """The node list in rust-core's wire format: for each node, u32 LE length + UTF-8 bytes."""
    parts = []
    for node in ast_nodes:
        data = node.encode("utf-8")
        parts.append(len(data).to_bytes(4, "little"))
        parts.append(data)
    return b"".join(parts)


def use_wasm(wasm):
    """Swap in the Rust function exported by the wasm module (its exports object)."""
    memory = wasm.memory
    out = wasm.oxb_alloc(8)

    def calculate_fingerprint(ast_nodes):
        data = encode_nodes(ast_nodes)
        size = max(len(data), 1)
        pointer = wasm.oxb_alloc(size)
        try:
            # Wasm memory elements are signed bytes: view the data the same way.
            memory[pointer:pointer + len(data)] = memoryview(data).cast("b")
            status = wasm.oxb_fingerprint(pointer, len(data), out)
        finally:
            wasm.oxb_dealloc(pointer, size)
        if status != OK:
            raise RuntimeError(f"oxb_fingerprint failed with status {status}")
        return int.from_bytes(bytes(b & 0xFF for b in memory[out:out + 8]), "little")

    fingerprint.calculate_fingerprint = calculate_fingerprint
