"""A service's log summarised: how many lines of each level, and which loggers warn or fail most.

The log is the format of Python's ``logging`` with
``"%(asctime)s %(levelname)s [%(name)s] %(message)s"``:

    2026-11-03 10:15:02,123 WARNING [payments.worker] retry 2/5 for order 8812: timeout

A line that does not start that way (a traceback, a continuation line) is counted as unparsed;
empty lines are skipped; a line may end with CRLF. The summary, as text:

    lines 5120 (212 unparsed)
    DEBUG 1201
    ...every level, in severity order...
    warnings and errors by logger:
      payments.worker 120
    ...the five loggers with most WARNING, ERROR and CRITICAL lines (ties by name)...

Runs on its own too: ``python3 prototype.py inputs/*.log``.
"""

import re
import sys
from collections import Counter

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
PROBLEMS = {"WARNING", "ERROR", "CRITICAL"}
LINE = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[([^\]]+)\] ")
TOP_LOGGERS = 5


def summarize(data: bytes) -> str:
    levels = Counter()
    problems = Counter()
    lines = unparsed = 0
    for line in data.split(b"\n"):
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line:
            continue
        lines += 1
        match = LINE.match(line)
        if match is None:
            unparsed += 1
            continue
        level = match.group(1).decode("ascii")
        levels[level] += 1
        if level in PROBLEMS:
            problems[match.group(2).decode("utf-8", errors="replace")] += 1
    out = [f"lines {lines} ({unparsed} unparsed)"]
    out += [f"{level} {levels[level]}" for level in LEVELS]
    out.append("warnings and errors by logger:")
    noisiest = sorted(problems.items(), key=lambda item: (-item[1], item[0]))[:TOP_LOGGERS]
    out += [f"  {logger} {count}" for logger, count in noisiest]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, "rb") as file:
            print(f"{path}:\n{summarize(file.read())}")
