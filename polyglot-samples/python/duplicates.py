"""Duplicate code fragments, found two ways: the guide's "Stayed in Python!" lesson.

The guide's Example 3: "Before: Naive O(n^2) algorithm. After: Better algorithm O(n log n).
Lesson: Algorithm first, language second". The task here comes from the fingerprint and pattern
stories: given the fingerprints of a corpus's code fragments (one 64-bit integer per function or
class, see fragments.py), find the fragments that are exact duplicates of an earlier one.

Both functions return the same list: for every fragment ``i``, the index of the first fragment
with the same fingerprint (``i`` itself when no earlier fragment has it). Fragments with the same
entry form one duplicate group.

- ``first_duplicates_naive``: compares each fragment with every earlier one until it finds its
  fingerprint: n * (n - 1) / 2 comparisons when all fingerprints differ. O(n^2).
- ``first_duplicates_sorted``: sorts the indices by (fingerprint, index), then one scan over the
  runs of equal fingerprints. O(n log n).

Runs on its own under CPython too:

    python3 duplicates.py FILE.py [FILE.py ...]

prints, for every fragment of those files that duplicates an earlier one, both ids.
"""

import sys


def first_duplicates_naive(fingerprints):
    """For each fragment, the first index with the same fingerprint: every earlier one compared."""
    first = []
    for i, fingerprint in enumerate(fingerprints):
        found = i
        for j in range(i):
            if fingerprints[j] == fingerprint:
                found = j
                break
        first.append(found)
    return first


def first_duplicates_sorted(fingerprints):
    """The same list, by sorting: equal fingerprints end up next to each other, earliest first."""
    order = sorted(range(len(fingerprints)), key=lambda i: (fingerprints[i], i))
    first = [0] * len(fingerprints)
    run_start = None
    for position, i in enumerate(order):
        if position == 0 or fingerprints[i] != fingerprints[order[position - 1]]:
            run_start = i
        first[i] = run_start
    return first


def main(paths):
    from fingerprint import combine_hashes
    from fragments import fragments

    ids = []
    fingerprints = []
    for path in paths:
        with open(path, encoding="utf-8") as file:
            for fragment_id, hashes in fragments(file.read(), path):
                ids.append(fragment_id)
                fingerprints.append(combine_hashes(int(hash_hex, 16) for hash_hex in hashes))
    for i, first in enumerate(first_duplicates_sorted(fingerprints)):
        if first != i:
            print(f"{ids[i]} duplicates {ids[first]}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: python3 duplicates.py FILE.py [FILE.py ...]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
