"""oxbench's external driver for the Python prototypes under CPython (issue 7).

oxbench runs the prototypes in GraalPy, in-process, under JMH. The guide's own "before" numbers were
taken on CPython, so oxbench also runs the same prototype files here, in a separate ``python3``
process, on exactly the input the in-process implementations get (written by oxbench as JSON):

    python3 driver.py STORY FUNCTION --input IN.json --result OUT.json
                      [--warmup-ms N] [--iterations N] [--iteration-ms N] [--module-path DIR]

One *operation* is the story's function over the whole input, as one JMH call is in-process. The
driver computes it once and keeps the output (oxbench compares it with the baseline's), then calls
it for ``--warmup-ms`` without recording, then runs ``--iterations`` iterations of at least
``--iteration-ms`` each, every one a whole number of operations, and records each iteration's
operation count and elapsed ``time.perf_counter_ns()``. oxbench turns those samples into a score
and a 99.9% interval the way JMH does. The result file:

    {"runtime": "CPython 3.11.7", "output": [...], "samples": [{"ops": 12, "nanos": 1003123456}, ...]}

Errors go to stderr with exit status 1 (2 for bad arguments); oxbench shows the last line.
"""

import argparse
import gc
import json
import os
import platform
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def fingerprint_operation(function, story_input):
    """The fingerprint story: calculate_fingerprint over every file's node list, as hex strings."""
    if function == "rust_core_py":
        # python+rust@pyo3: the guide's "Rust via PyO3", rust-core's calculate_fingerprint as a
        # CPython extension module (rust-core/pyo3), found on --module-path.
        import rust_core_py

        calculate = rust_core_py.calculate_fingerprint
    else:
        import fingerprint

        calculate = getattr(fingerprint, function)
    files = [entry["nodes"] for entry in story_input["files"]]

    def operation():
        return [calculate(nodes) for nodes in files]

    def output(result):
        return ["%016x" % value for value in result]

    return operation, output


def algorithm_operation(function, story_input):
    """The algorithm story: first duplicates among the fragments' fingerprints (unsigned 64-bit)."""
    import duplicates

    find = getattr(duplicates, function)
    fingerprints = [value & 0xFFFFFFFFFFFFFFFF for value in story_input["fingerprints"]]

    def operation():
        return find(fingerprints)

    return operation, list


STORIES = {"fingerprint": fingerprint_operation, "algorithm": algorithm_operation}


def run_iterations(operation, iterations, iteration_ns):
    samples = []
    for _ in range(iterations):
        ops = 0
        started = time.perf_counter_ns()
        elapsed = 0
        while ops == 0 or elapsed < iteration_ns:
            operation()
            ops += 1
            elapsed = time.perf_counter_ns() - started
        samples.append({"ops": ops, "nanos": elapsed})
    return samples


def main(argv):
    parser = argparse.ArgumentParser(description="oxbench's CPython driver")
    parser.add_argument("story", choices=sorted(STORIES))
    parser.add_argument("function")
    parser.add_argument("--input", required=True)
    parser.add_argument("--result", required=True)
    parser.add_argument("--warmup-ms", type=int, default=0)
    parser.add_argument("--iterations", type=int, default=0)
    parser.add_argument("--iteration-ms", type=int, default=1000)
    parser.add_argument("--module-path", action="append", default=[],
                        help="a directory to import extension modules from (rust_core_py)")
    args = parser.parse_args(argv)
    sys.path[1:1] = args.module_path
    if args.warmup_ms < 0 or args.iterations < 0 or args.iteration_ms < 1:
        parser.error("--warmup-ms and --iterations must be at least 0, --iteration-ms at least 1")

    with open(args.input, encoding="utf-8") as file:
        story_input = json.load(file)
    operation, output = STORIES[args.story](args.function, story_input)

    result = {
        "runtime": "%s %s" % (platform.python_implementation(), platform.python_version()),
        "output": output(operation()),
    }
    warmup_end = time.perf_counter_ns() + args.warmup_ms * 1_000_000
    while time.perf_counter_ns() < warmup_end:
        operation()
    gc.collect()
    result["samples"] = run_iterations(operation, args.iterations, args.iteration_ms * 1_000_000)

    with open(args.result, "w", encoding="utf-8") as file:
        json.dump(result, file)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Exception as error:  # one line for oxbench's table, not a traceback
        print("%s: %s" % (type(error).__name__, error), file=sys.stderr)
        sys.exit(1)
