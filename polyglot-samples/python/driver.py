"""oxbench's external driver for the Python prototypes under CPython (issue 7).

oxbench runs the prototypes in GraalPy, in-process, under JMH. The guide's own "before" numbers were
taken on CPython, so oxbench also runs the same prototype files here, in a separate ``python3``
process, on exactly the input the in-process implementations get (written by oxbench as JSON):

    python3 driver.py STORY FUNCTION --input IN.json --result OUT.json [--module-path DIR]

One *operation* is the story's function over the whole input, as one JMH call is in-process. The
protocol is stepped: oxbench drives every iteration and decides, with the stopping rule it uses for
JMH's forks too, when warm-up and measuring end. The driver

1. computes the output once and writes ``{"runtime": "CPython 3.11.7", "output": [...]}`` to
   ``--result`` (oxbench compares the output with the baseline's);
2. prints one line ``ready`` on stdout;
3. reads commands from stdin, one a line:

   - ``iterate MS``: runs whole operations for at least MS milliseconds (at least one operation)
     and prints one line ``{"ops": N, "nanos": T}``, the count and their elapsed
     ``time.perf_counter_ns()``;
   - ``end`` (or the end of stdin): exits with status 0.

stdout carries the protocol alone: what the story's code prints goes to stderr. oxbench turns each
iteration into a time per unit of work, warm-up iterations included, and keeps them all.

The ``folder`` story (a team's own function, issue 17) reads oxbench's FolderInput (FolderInput.java):
``inputs`` is a list of ``{"name", "data"}`` with the file's bytes in base64, ``prototype`` holds the
prototype's ``path``, its ``source`` as the run began and its ``function``, and ``port`` where the Rust
port was built. FUNCTION ``prototype`` runs the prototype's function (``python@cpython``); ``pyo3``
runs the port's function from the CPython extension module oxbench generated around the port
(``python+rust@pyo3``: module ``oxbench_port_py`` in the directory ``port.pyo3_module``). The output
is one lowercase hex string per input, of the bytes its call returned (a str as its UTF-8 bytes).

Errors go to stderr, one line, with exit status 1 (2 for bad arguments or an unknown command);
oxbench shows the last line.
"""

import argparse
import base64
import gc
import importlib
import json
import os
import platform
import sys
import time
import types

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


#: The name of the extension module oxbench generates around a folder story's port (PortWrappers.java).
PYO3_MODULE = "oxbench_port_py"


class CallFailed(Exception):
    """The function raised on one input: one line naming the function, the input and the error."""

    def __init__(self, function, name, error):
        message = " ".join(str(error).split())
        super().__init__("%s on %s: %s: %s" % (function, name, type(error).__name__, message))


def load_prototype(prototype):
    """The prototype's function, from the run's snapshot of its source, executed as a module of its own."""
    path = prototype["path"]
    module = types.ModuleType(os.path.splitext(os.path.basename(path))[0])
    module.__file__ = path
    exec(compile(prototype["source"], path, "exec"), module.__dict__)
    function = getattr(module, prototype["function"], None)
    if not callable(function):
        raise LookupError("%s defines no function %s" % (path, prototype["function"]))
    return function


def load_pyo3_port(port):
    """The port's function from the extension module generated around it, imported from its directory."""
    if not port.get("pyo3_module"):
        raise LookupError("the PyO3 module was not built: %s" % port.get("pyo3_problem"))
    sys.path.insert(0, port["pyo3_module"])
    module = importlib.import_module(PYO3_MODULE)
    return getattr(module, port["function"])


def result_bytes(result, function, name):
    """One call's result as bytes: text as UTF-8, bytes-like as they are, a list of byte values as those bytes."""
    if isinstance(result, str):
        return result.encode("utf-8")
    if isinstance(result, (bytes, bytearray, memoryview)):
        return bytes(result)
    if isinstance(result, (list, tuple)) and all(isinstance(value, int) and 0 <= value <= 255 for value in result):
        return bytes(result)
    raise TypeError("%s returned %s for %s; it must return text (str) or bytes"
                    % (function, "None" if result is None else type(result).__name__, name))


def folder_operation(function, story_input):
    """A story from a folder: the prototype's function (or the port's, through PyO3) on every input's bytes."""
    if function == "prototype":
        name = story_input["prototype"]["function"]
        call = load_prototype(story_input["prototype"])
    elif function == "pyo3":
        name = story_input["port"]["function"]
        call = load_pyo3_port(story_input["port"])
    else:
        raise LookupError("the folder story has no function %s (prototype, pyo3)" % function)
    items = [(item["name"], base64.b64decode(item["data"], validate=True)) for item in story_input["inputs"]]
    datas = [data for _, data in items]

    def operation():
        return [call(data) for data in datas]

    def output(results):
        return [result_bytes(result, name, item[0]).hex() for result, item in zip(results, items)]

    def first():
        # The checked output, input by input, so that an error names the input it happened on.
        results = []
        for item_name, data in items:
            try:
                results.append(call(data))
            except Exception as error:
                raise CallFailed(name, item_name, error) from error
        return results

    return operation, output, first


STORIES = {"fingerprint": fingerprint_operation, "algorithm": algorithm_operation, "folder": folder_operation}


class UsageError(Exception):
    """A command oxbench should not have sent: exit status 2."""


class Iterations:
    """Runs the operation in timed iterations, keeping the last result so that it stays reachable."""

    def __init__(self, operation):
        self.operation = operation
        self.last_result = None

    def iterate(self, least_ns):
        ops = 0
        started = time.perf_counter_ns()
        elapsed = 0
        while ops == 0 or elapsed < least_ns:
            self.last_result = self.operation()
            ops += 1
            elapsed = time.perf_counter_ns() - started
        return {"ops": ops, "nanos": elapsed}


def serve(iterations, commands, answer):
    """Answers oxbench's commands (``iterate MS``, ``end``) until ``end`` or the end of ``commands``."""
    for line in commands:
        words = line.split()
        if words == ["end"]:
            return
        if len(words) != 2 or words[0] != "iterate" or not words[1].isdigit():
            raise UsageError("unknown command %r (iterate MS, end)" % line.strip())
        answer.write(json.dumps(iterations.iterate(int(words[1]) * 1_000_000)) + "\n")
        answer.flush()


def main(argv):
    parser = argparse.ArgumentParser(description="oxbench's CPython driver")
    parser.add_argument("story", choices=sorted(STORIES))
    parser.add_argument("function")
    parser.add_argument("--input", required=True)
    parser.add_argument("--result", required=True)
    parser.add_argument("--module-path", action="append", default=[],
                        help="a directory to import extension modules from (rust_core_py)")
    args = parser.parse_args(argv)
    sys.path[1:1] = args.module_path
    # stdout is the protocol's: whatever the story's code prints goes to stderr instead.
    protocol, sys.stdout = sys.stdout, sys.stderr

    with open(args.input, encoding="utf-8") as file:
        story_input = json.load(file)
    # A story gives its operation, how to turn its result into the output, and optionally how to
    # compute the checked output once (e.g. naming the input an error happened on).
    prepared = STORIES[args.story](args.function, story_input)
    operation, output = prepared[0], prepared[1]
    first = prepared[2] if len(prepared) > 2 else operation

    result = {
        "runtime": "%s %s" % (platform.python_implementation(), platform.python_version()),
        "output": output(first()),
    }
    with open(args.result, "w", encoding="utf-8") as file:
        json.dump(result, file)
    gc.collect()
    protocol.write("ready\n")
    protocol.flush()
    serve(Iterations(operation), sys.stdin, protocol)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except CallFailed as error:  # one line for oxbench's table, not a traceback
        print(error, file=sys.stderr)
        sys.exit(1)
    except UsageError as error:
        print(error, file=sys.stderr)
        sys.exit(2)
    except Exception as error:
        print("%s: %s" % (type(error).__name__, " ".join(str(error).split())), file=sys.stderr)
        sys.exit(1)
