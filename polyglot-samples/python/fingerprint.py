"""The migration guide's fingerprint generator, as the Python prototype it starts from.

Success story 1 of the guide: ``calculate_fingerprint(ast_nodes)`` hashes every AST node of a
file with ``expensive_computation`` and combines the hashes into the file's fingerprint. This
module is that "before" code, plain and untuned. oxbench runs it in GraalPy; it also runs on its
own under CPython:

    python3 fingerprint.py FILE.py [FILE.py ...]

prints one line per file: the 16-hex-digit fingerprint, the node count and the path.

Definitions (the Rust port in rust-core/src/fingerprint.rs computes the same bits):
- ``ast_nodes(source)``: the nodes of ``ast.parse(source)`` in ``ast.walk`` order, each described
  by its type name followed by ``name=repr(value)`` for every field that holds a plain value
  (not a child node and not a list holding child nodes; empty lists are left out). Positions
  (line and column attributes) are not fields, so moving code does not change its fingerprint.
- ``expensive_computation(node)``: 64-bit FNV-1a over the UTF-8 bytes of the node string.
  Python's built-in ``hash()`` is salted per process, so it cannot be compared across runs.
- ``combine_hashes(hashes)``: 64-bit FNV-1a over each hash's 8 little-endian bytes, in order.
"""

import ast
import sys

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK_64 = 0xFFFFFFFFFFFFFFFF


def describe(node):
    """One node as a string: its type and its plain-valued fields."""
    parts = [type(node).__name__]
    for name, value in ast.iter_fields(node):
        if isinstance(value, ast.AST):
            continue
        if isinstance(value, list) and (not value or isinstance(value[0], ast.AST)):
            continue
        parts.append(f"{name}={value!r}")
    return " ".join(parts)


def ast_nodes(source, filename="<source>"):
    """The node strings of a module's source, in ast.walk order."""
    tree = ast.parse(source, filename)
    return [describe(node) for node in ast.walk(tree)]


def expensive_computation(node):
    """64-bit FNV-1a of the node string's UTF-8 bytes."""
    hash_val = FNV_OFFSET
    for byte in node.encode("utf-8"):
        hash_val ^= byte
        hash_val = (hash_val * FNV_PRIME) & MASK_64
    return hash_val


def combine_hashes(fingerprint):
    """64-bit FNV-1a over every hash's 8 little-endian bytes."""
    combined = FNV_OFFSET
    for hash_val in fingerprint:
        for byte in hash_val.to_bytes(8, "little"):
            combined ^= byte
            combined = (combined * FNV_PRIME) & MASK_64
    return combined


def calculate_fingerprint(ast_nodes):
    """The guide's hot path: hash every node, then combine the hashes."""
    fingerprint = []
    for node in ast_nodes:  # Hot path
        hash_val = expensive_computation(node)
        fingerprint.append(hash_val)
    return combine_hashes(fingerprint)


def main(paths):
    status = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as file:
                nodes = ast_nodes(file.read(), path)
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError) as error:
            print(f"skipped {path}: {error}", file=sys.stderr)
            status = 1
            continue
        print(f"{calculate_fingerprint(nodes):016x} {len(nodes):7d} {path}")
    return status


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: python3 fingerprint.py FILE.py [FILE.py ...]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
