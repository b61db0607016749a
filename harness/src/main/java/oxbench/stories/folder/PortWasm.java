package oxbench.stories.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import oxbench.polyglot.Guests;
import oxbench.rust.WasmRust;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;

/**
 * A port's wasm32 module instantiated by GraalWasm and called from Java ({@code rust@graalwasm}):
 * {@code oxbench_port_call_<function>} of the port ABI (docs/port-abi.md), with wasm32's 32-bit
 * pointers and lengths. The input is copied into linear memory ({@code oxbench_port_alloc}) and the
 * output copied out; both buffers are freed. {@link #exports()} hands the same instance to guest
 * code in the context (GraalPy's or GraalJS's glue). An instance is not thread-safe.
 *
 * <p>A wasm32 port is built with panic=abort, so a panic is a trap: it becomes a {@link PortPanic}
 * with the message the port's panic hook kept. The trapped call's input buffer is not freed (the
 * allocator may be what trapped); the implementation has failed anyway.
 */
public final class PortWasm implements AutoCloseable {
    private final String function;
    private final Context context;
    private final boolean ownsContext;
    private final Value exports;
    private final Value memory;
    private final Value alloc;
    private final Value free;
    private final Value call;
    /** 8 bytes of linear memory where the port writes its output's address and length (two u32s). */
    private final int outputSlots;

    /** The port in a new sandboxed wasm context of its own ({@link Guests#newContext}), closed by {@link #close()}. */
    public PortWasm(Path module, String function) {
        this(Guests.shared().newContext("wasm"), true, module, function);
    }

    /** The port instantiated in {@code context} (which must allow wasm), which stays the caller's to close. */
    public PortWasm(Context context, Path module, String function) {
        this(context, false, module, function);
    }

    private PortWasm(Context context, boolean ownsContext, Path module, String function) {
        this.function = function;
        this.context = context;
        this.ownsContext = ownsContext;
        try {
            exports = instantiate(context, module);
            String missing = firstMissing(exports, "memory", "oxbench_port_abi_version", "oxbench_port_alloc",
                    "oxbench_port_free", PortNative.callSymbol(function));
            if (missing != null) {
                throw new IllegalArgumentException(module + " exports no " + missing + " (add oxbench_port::export!("
                        + function + "); to the port's lib.rs)");
            }
            String versionProblem = PortNative.versionProblem(exports.getMember("oxbench_port_abi_version").execute().asInt(),
                    module.toString());
            if (versionProblem != null) {
                throw new IllegalArgumentException(versionProblem);
            }
            memory = exports.getMember("memory");
            alloc = exports.getMember("oxbench_port_alloc");
            free = exports.getMember("oxbench_port_free");
            call = exports.getMember(PortNative.callSymbol(function));
            outputSlots = allocate(2 * Integer.BYTES);
        } catch (RuntimeException e) {
            if (ownsContext) {
                context.close();
            }
            throw e;
        }
    }

    private static Value instantiate(Context context, Path module) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(module);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wasm module " + module + ": " + e.getMessage(), e);
        }
        Source source = Source.newBuilder("wasm", ByteSequence.create(bytes), module.getFileName().toString()).buildLiteral();
        return context.eval(source).newInstance().getMember("exports");
    }

    private static String firstMissing(Value exports, String... names) {
        for (String name : names) {
            if (!exports.hasMember(name)) {
                return name;
            }
        }
        return null;
    }

    /** The module's exports ({@code memory} and the {@code oxbench_port_*} functions), for guest glue in the same context. */
    public Value exports() {
        return exports;
    }

    /** The context the module lives in. */
    public Context context() {
        return context;
    }

    /**
     * The port's output for {@code bytes}.
     *
     * @throws PortPanic the port panicked (a trap)
     */
    public byte[] call(byte[] bytes) {
        int input = allocate(bytes.length);
        WasmRust.write(memory, Integer.toUnsignedLong(input), bytes);
        int status;
        try {
            status = call.execute(input, bytes.length, outputSlots, outputSlots + Integer.BYTES).asInt();
        } catch (PolyglotException e) {
            throw trapOrRethrow(e);
        }
        free.executeVoid(input, bytes.length);
        if (status != PortNative.STATUS_OK && status != PortNative.STATUS_PANIC) {
            throw new IllegalStateException(PortNative.callSymbol(function) + " (wasm) returned status " + status);
        }
        byte[] output = takeOutput();
        if (status == PortNative.STATUS_PANIC) {
            // Only an unwinding build returns this; oxbench's wasm32 builds trap instead.
            throw new PortPanic(function, " (wasm32)", new String(output, StandardCharsets.UTF_8));
        }
        return output;
    }

    /** The output the last call left in the slots, copied out of linear memory (and freed there). */
    private byte[] takeOutput() {
        int address = memory.readBufferInt(ByteOrder.LITTLE_ENDIAN, outputSlots);
        int length = memory.readBufferInt(ByteOrder.LITTLE_ENDIAN, outputSlots + Integer.BYTES);
        byte[] output = new byte[length];
        memory.readBuffer(Integer.toUnsignedLong(address), output, 0, length);
        free.executeVoid(address, length);
        return output;
    }

    /** A trap (what a wasm32 panic is) as a {@link PortPanic}; a cancel, exit or host error is rethrown. */
    private RuntimeException trapOrRethrow(PolyglotException e) {
        if (!e.isGuestException() || e.isCancelled() || e.isExit() || e.isInterrupted()) {
            return e;
        }
        String message = "";
        Value panicMessage = exports.getMember("oxbench_port_panic_message");
        if (panicMessage != null && panicMessage.canExecute()) {
            try {
                if (panicMessage.execute(outputSlots, outputSlots + Integer.BYTES).asInt() == PortNative.STATUS_PANIC) {
                    message = new String(takeOutput(), StandardCharsets.UTF_8);
                }
            } catch (PolyglotException ignored) {
                // the instance is beyond asking; the trap's own message below says what happened
            }
        }
        String where = " (wasm32: " + (e.getMessage() == null ? "a trap" : "trap \"" + e.getMessage() + "\"") + ")";
        return new PortPanic(function, where, message);
    }

    private int allocate(int length) {
        int pointer = alloc.execute(length).asInt();
        if (pointer == 0) {
            throw new IllegalStateException("oxbench_port_alloc(" + length + ") returned null: the wasm module's memory is exhausted");
        }
        return pointer;
    }

    /** Closes the context if this instance made it. */
    @Override
    public void close() {
        if (ownsContext) {
            context.close();
        }
    }
}
