"""The code your team has today: replace word_frequencies with your own function.

oxbench calls the function named in oxbench.toml once per input file, with the file's bytes, and
compares what it returns with what every other implementation returns, byte for byte: return a
``str`` (compared as its UTF-8 bytes) or ``bytes``. The function gets its input and nothing else:
no files, network, processes or environment (oxbench's guest sandbox). It runs in GraalPy and,
unchanged, in CPython (``python3 prototype.py inputs/*.txt`` prints what it computes).

This one: the ten most frequent words of a text, most frequent first (ties in alphabetical order),
one ``COUNT WORD`` line each. A word is a run of ASCII letters and digits, with apostrophes inside
("don't"), compared in lower case; every other byte separates words.
"""

import re
import sys
from collections import Counter

TOP = 10
WORD = re.compile(rb"[a-z0-9]+(?:'[a-z0-9]+)*")


def word_frequencies(data: bytes) -> str:
    counts = Counter(WORD.findall(data.lower()))
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP]
    return "".join(f"{count} {word.decode('ascii')}\n" for word, count in top)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, "rb") as file:
            print(f"{path}:\n{word_frequencies(file.read())}")
