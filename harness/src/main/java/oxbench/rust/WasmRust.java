package oxbench.rust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * rust-core's wasm32 module instantiated by GraalWasm inside a guest context, called from Java.
 * The same {@link #exports()} can be handed to Python or JavaScript code in that context. A story
 * binds the exports it calls ({@link #export}); the conventions of rust-core's C ABI are here:
 * linear memory that {@code oxb_alloc} and {@code oxb_dealloc} manage, status codes, and the two
 * shapes several stories share ({@link #bytesToLong}, {@link #bytesToBytes}).
 */
public final class WasmRust {
    private final Value exports;
    private final Value memory;
    private final Value alloc;
    private final Value dealloc;

    public WasmRust(Context context, Path module) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(module);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Source source = Source.newBuilder("wasm", ByteSequence.create(bytes), "rust_core.wasm").buildLiteral();
        exports = context.eval(source).newInstance().getMember("exports");
        memory = exports.getMember("memory");
        alloc = exports.getMember("oxb_alloc");
        dealloc = exports.getMember("oxb_dealloc");
    }

    /** The module's exports: {@code memory} and the {@code oxb_*} functions of rust-core's C ABI. */
    public Value exports() {
        return exports;
    }

    /** Allocates {@code length} bytes of linear memory (at least one) and returns their address. */
    public int allocate(int length) {
        int pointer = alloc.execute(Math.max(length, 1)).asInt();
        if (pointer == 0) {
            throw new IllegalStateException("oxb_alloc(" + length + ") returned null: wasm memory exhausted");
        }
        return pointer;
    }

    public void free(int pointer, int length) {
        dealloc.executeVoid(pointer, Math.max(length, 1));
    }

    /** Copies {@code bytes} into new linear memory and returns its address (free it with {@link #free}). */
    public int copyIn(byte[] bytes) {
        int pointer = allocate(bytes.length);
        write(memory, pointer, bytes);
        return pointer;
    }

    /** Writes {@code bytes} into the wasm {@code memory} at {@code address}, eight at a time (the polyglot API has no bulk write). */
    public static void write(Value memory, long address, byte[] bytes) {
        ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            memory.writeBufferLong(ByteOrder.LITTLE_ENDIAN, address + i, words.getLong(i));
        }
        for (; i < bytes.length; i++) {
            memory.writeBufferByte(address + i, bytes[i]);
        }
    }

    /** Copies {@code values} into new linear memory as little-endian u64s and returns its address. */
    public int copyIn(long[] values) {
        int pointer = allocate(values.length * Long.BYTES);
        for (int i = 0; i < values.length; i++) {
            memory.writeBufferLong(ByteOrder.LITTLE_ENDIAN, pointer + (long) i * Long.BYTES, values[i]);
        }
        return pointer;
    }

    /** Copies {@code values} into new linear memory as little-endian u32s and returns its address. */
    public int copyIn(int[] values) {
        int pointer = allocate(values.length * Integer.BYTES);
        for (int i = 0; i < values.length; i++) {
            memory.writeBufferInt(ByteOrder.LITTLE_ENDIAN, pointer + (long) i * Integer.BYTES, values[i]);
        }
        return pointer;
    }

    /** The u32 at {@code address} of linear memory. */
    public int readInt(long address) {
        return memory.readBufferInt(ByteOrder.LITTLE_ENDIAN, address);
    }

    /** The f64 at {@code address} of linear memory. */
    public double readDouble(long address) {
        return memory.readBufferDouble(ByteOrder.LITTLE_ENDIAN, address);
    }

    /** The export {@code name}, a function of rust-core's C ABI. */
    public Value export(String name) {
        Value function = exports.getMember(name);
        if (function == null || !function.canExecute()) {
            throw new IllegalStateException(name + " is not a function exported by the wasm module");
        }
        return function;
    }

    /** An export {@code (const u8 *in, usize len, u64 *out) -> status}, e.g. {@code oxb_fingerprint}. */
    public BytesToLong bytesToLong(String name) {
        return new BytesToLong(name, export(name), allocate(8));
    }

    /**
     * An export {@code (const u8 *in, usize len, u8 **out, usize *out_len) -> status} whose output Rust
     * allocates, e.g. {@code oxb_fingerprint_json}: the input is copied into linear memory for the
     * call, the output copied out; both buffers are freed.
     */
    public BytesToBytes bytesToBytes(String name) {
        return new BytesToBytes(name, export(name), allocate(8));
    }

    /** A bound {@link #bytesToLong} export; {@code out} is its own 8 bytes of linear memory. */
    public final class BytesToLong {
        private final String name;
        private final Value function;
        private final int out;

        private BytesToLong(String name, Value function, int out) {
            this.name = name;
            this.function = function;
            this.out = out;
        }

        /** The u64 the export writes for the bytes already in linear memory at {@code pointer}. */
        public long apply(int pointer, int length) {
            RustStatus.check(function.execute(pointer, length, out).asInt(), name + " (wasm)");
            return memory.readBufferLong(ByteOrder.LITTLE_ENDIAN, out);
        }

        /** The u64 the export writes for {@code bytes}, copied into linear memory for the call (and freed after it). */
        public long apply(byte[] bytes) {
            int pointer = copyIn(bytes);
            try {
                return apply(pointer, bytes.length);
            } finally {
                free(pointer, bytes.length);
            }
        }
    }

    /** A bound {@link #bytesToBytes} export; {@code out} is its own 8 bytes of linear memory. */
    public final class BytesToBytes {
        private final String name;
        private final Value function;
        private final int out;

        private BytesToBytes(String name, Value function, int out) {
            this.name = name;
            this.function = function;
            this.out = out;
        }

        public byte[] apply(byte[] bytes) {
            int pointer = copyIn(bytes);
            int status;
            try {
                // wasm32: the output's address and length are u32s, side by side at `out`.
                status = function.execute(pointer, bytes.length, out, out + Integer.BYTES).asInt();
            } finally {
                free(pointer, bytes.length);
            }
            RustStatus.check(status, name + " (wasm)");
            int address = readInt(out);
            int length = readInt(out + Integer.BYTES);
            byte[] output = new byte[length];
            memory.readBuffer(address, output, 0, length);
            free(address, length);
            return output;
        }
    }

    /**
     * The exports of the module at {@code module}, instantiated by JavaScript's {@code new
     * WebAssembly.Instance} in {@code context}: {@code api.instantiate(bytes)} of a JavaScript sample.
     */
    public static Value instantiatedByJavaScript(Context context, Value api, Path module) throws IOException {
        byte[] bytes = Files.readAllBytes(module);
        Object[] elements = new Object[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            elements[i] = bytes[i];
        }
        // The host hands over the file's bytes (no file access for guests); JavaScript makes the module.
        Value toBytes = context.eval("js", "(array) => Uint8Array.from(array, (b) => b & 0xff)");
        return api.getMember("instantiate").execute(toBytes.execute(ProxyArray.fromArray(elements)));
    }
}
