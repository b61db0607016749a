"""A folder story's Rust port, compiled to wasm32, called from Python (python+rust@graalwasm).

oxbench instantiates the port's module in GraalPy's context (GraalWasm runs it) and hands its exports
to ``port_function``; from then on the Python code does what a Python caller of a wasm module does,
through the port ABI of rust-core/port (docs/port-abi.md):

    port_function(exports, name) -> function(data: bytes) -> bytes

``name`` is the function the crate exports with ``oxbench_port::export!(name)``. Each call copies the
input into linear memory (``oxbench_port_alloc``), calls ``oxbench_port_call_<name>``, copies the output
out as ``bytes`` and frees both buffers (``oxbench_port_free``).

A panic in the port is a wasm trap (wasm32 builds abort on panic): the call raises ``PortPanic`` with
the panic's message when the module kept one (``oxbench_port_panic_message``), the trap as its cause;
any other trap propagates as it is.
"""

# A wasm trap reaches Python as GraalPy's ForeignException (a BaseException, not an Exception).
from polyglot import ForeignException

ABI_VERSION = 1
STATUS_OK = 0
STATUS_PANIC = 1


class PortPanic(RuntimeError):
    """The port's function panicked in wasm (a trap); the message is the panic's."""


def _u32(elements, at):
    """The little-endian u32 at ``at`` of a list of wasm memory elements (bytes, 0 to 255)."""
    # Shifts rather than int.from_bytes: GraalPy cannot pass wasm an int that int.from_bytes made.
    return elements[at] | elements[at + 1] << 8 | elements[at + 2] << 16 | elements[at + 3] << 24


def _export(exports, symbol):
    function = getattr(exports, symbol, None)
    if function is None:
        raise ValueError(f"the wasm module exports no {symbol}")
    return function


def port_function(exports, name):
    """The port's function ``name``: bytes in, bytes out."""
    version = _export(exports, "oxbench_port_abi_version")()
    if version != ABI_VERSION:
        raise ValueError(f"the wasm module speaks port ABI version {version}; this caller speaks version {ABI_VERSION}")
    call = _export(exports, "oxbench_port_call_" + name)
    alloc = _export(exports, "oxbench_port_alloc")
    free = _export(exports, "oxbench_port_free")
    panic_message = getattr(exports, "oxbench_port_panic_message", None)
    memory = exports.memory

    def allocate(length):
        pointer = alloc(length)
        if pointer == 0:
            raise MemoryError(f"oxbench_port_alloc({length}) failed: wasm memory exhausted")
        return pointer

    # Where a call writes its output's address and length: two wasm32 words, kept for every call.
    out = allocate(8)

    def take_output():
        """The output the last call left in the slots, copied out of linear memory and freed there."""
        words = memory[out:out + 8]
        address = _u32(words, 0)
        length = _u32(words, 4)
        data = bytes(memory[address:address + length])
        free(address, length)
        return data

    def message_of_trap():
        if panic_message is None:
            return None
        try:
            status = panic_message(out, out + 4)
        except ForeignException:
            return None  # the instance is beyond asking; the trap says what happened
        return take_output().decode("utf-8", "replace") if status == STATUS_PANIC else None

    def port(data):
        length = len(data)
        pointer = allocate(length)
        # GraalWasm's memory reads as bytes 0 to 255 but takes signed bytes: the input is viewed so.
        memory[pointer:pointer + length] = memoryview(data).cast("b")
        try:
            status = call(pointer, length, out, out + 4)
        except ForeignException as trap:
            # The input is not freed after a trap: the allocator may be what trapped.
            message = message_of_trap()
            if message is None:
                raise
            raise PortPanic(f"{name} panicked (a trap in wasm): {message}") from trap
        free(pointer, length)
        output = take_output()
        if status == STATUS_OK:
            return output
        if status == STATUS_PANIC:
            raise PortPanic(f"{name} panicked: {output.decode('utf-8', 'replace')}")
        raise RuntimeError(f"oxbench_port_call_{name} returned status {status}")

    return port
