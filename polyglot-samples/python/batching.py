"""The guide's pitfall 2, "Not Batching Operations", from Python: the same fixed-size items hashed by
Rust (64-bit FNV-1a, rust-core/src/boundary.rs) in two ways.

- ``hash_each(hash_buffer, data, item_length)``: "BAD: Many small calls". A Python loop hands Rust
  one item at a time, as a memoryview slice of ``data`` (no copy on the Python side).
- ``hash_batch(hash_items, data, item_length)``: "GOOD: Batch processing". One call hands Rust the
  whole buffer and gets every item's hash back.

``data`` is a bytes-like object holding a whole number of items. The Rust functions are passed in,
with the signatures a PyO3 module would give them: ``hash_buffer(item) -> int`` and
``hash_items(data, item_length) -> list of int``. In oxbench they are host functions that call the
native library through Java's FFM API; ``hash_buffer`` returns the 64 bits as a signed value (a Java
``long``), hence the mask. Both return the same list of unsigned 64-bit ints, one per item.
"""

MASK_64 = 0xFFFFFFFFFFFFFFFF


def check_items(data, item_length):
    if item_length <= 0 or len(data) % item_length:
        raise ValueError(f"{len(data)} bytes are not whole items of {item_length} bytes")


def hash_each(hash_buffer, data, item_length):
    check_items(data, item_length)
    view = memoryview(data)
    return [hash_buffer(view[start:start + item_length]) & MASK_64 for start in range(0, len(data), item_length)]


def hash_batch(hash_items, data, item_length):
    check_items(data, item_length)
    return hash_items(data, item_length)
