"""Code fragments and their fingerprints: the patterns of the pattern-matcher story.

The guide's pattern matcher compares one fingerprint with a list of patterns. Here both are the
fingerprints of real code fragments: every function, async function and class of a Python file,
nested ones included, as the set of its AST node hashes. Two fragments with mostly the same nodes
(a copied function, the same class generated into several modules) have a high Jaccard similarity.
oxbench makes its patterns with this module in GraalPy; it also runs on its own under CPython:

    python3 fragments.py FILE.py [FILE.py ...]
    python3 fragments.py --json FILE.py [FILE.py ...] > patterns.json

prints one line per fragment (its node-hash count and its id), or with ``--json`` the fragments as
the pattern list that ``node ../javascript/patterns.js PATTERNS.json FINGERPRINT.json`` reads.

Definitions (built on fingerprint.py, so a fragment's hashes are those the fingerprint story
computes for the same nodes):
- A fragment's id is ``FILE:LINE:NAME``: the file name given, the line of the ``def``/``class``
  keyword (decorators excluded), and the function or class name.
- A fragment's fingerprint is the set of ``expensive_computation(describe(node))`` over every node
  of ``ast.walk(fragment)``, as 16-digit lowercase hex strings, sorted and without duplicates.
"""

import ast
import json
import sys

from fingerprint import describe, expensive_computation

FRAGMENT_TYPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def fragment_fingerprint(fragment):
    """The sorted, deduplicated hex hashes of every node of one fragment."""
    hashes = {expensive_computation(describe(node)) for node in ast.walk(fragment)}
    return [f"{hash_val:016x}" for hash_val in sorted(hashes)]


def fragments(source, filename="<source>"):
    """Every function and class of a module's source, in ast.walk order, as (id, hashes) pairs."""
    tree = ast.parse(source, filename)
    return [
        (f"{filename}:{node.lineno}:{node.name}", fragment_fingerprint(node))
        for node in ast.walk(tree)
        if isinstance(node, FRAGMENT_TYPES)
    ]


def main(paths, as_json=False):
    status = 0
    patterns = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as file:
                found = fragments(file.read(), path)
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError) as error:
            print(f"skipped {path}: {error}", file=sys.stderr)
            status = 1
            continue
        for fragment_id, hashes in found:
            if as_json:
                patterns.append({"id": fragment_id, "hashes": hashes})
            else:
                print(f"{len(hashes):5d} {fragment_id}")
    if as_json:
        print(json.dumps(patterns))
    return status


if __name__ == "__main__":
    arguments = sys.argv[1:]
    as_json = arguments[:1] == ["--json"]
    if as_json:
        arguments = arguments[1:]
    if not arguments:
        print("usage: python3 fragments.py [--json] FILE.py [FILE.py ...]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(arguments, as_json))
