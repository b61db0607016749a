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

/**
 * rust-core's wasm32 module instantiated by GraalWasm inside a guest context, called from Java.
 * The same {@link #exports()} can be handed to Python or JavaScript code in that context.
 */
public final class WasmRust {
    private final Value exports;
    private final Value memory;
    private final Value alloc;
    private final Value dealloc;
    private final Value fingerprint;
    private final Value fingerprintJson;
    private final Value matchPatterns;
    private final int out;

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
        fingerprint = exports.getMember("oxb_fingerprint");
        fingerprintJson = exports.getMember("oxb_fingerprint_json");
        matchPatterns = exports.getMember("oxb_match_patterns");
        out = allocate(8);
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
        ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            memory.writeBufferLong(ByteOrder.LITTLE_ENDIAN, pointer + i, words.getLong(i));
        }
        for (; i < bytes.length; i++) {
            memory.writeBufferByte(pointer + i, bytes[i]);
        }
        return pointer;
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

    /**
     * {@code oxb_match_patterns} on buffers already in linear memory (addresses as from
     * {@link #copyIn}; see {@code NativeRust#matchPatterns} for their layout).
     *
     * @return how many patterns matched; their indices and similarities are at the out addresses
     */
    public int matchPatterns(int hashes, int hashCount, int offsets, int patternCount, int fingerprint,
            int fingerprintLength, int outIndices, int outSimilarities) {
        int found = matchPatterns.execute(hashes, hashCount, offsets, patternCount, fingerprint, fingerprintLength,
                outIndices, outSimilarities).asInt();
        RustStatus.check(Math.min(found, 0), "oxb_match_patterns (wasm)");
        return found;
    }

    /** {@code oxb_fingerprint} on a node list already in linear memory. */
    public long fingerprint(int pointer, int length) {
        RustStatus.check(fingerprint.execute(pointer, length, out).asInt(), "oxb_fingerprint (wasm)");
        return memory.readBufferLong(ByteOrder.LITTLE_ENDIAN, out);
    }

    /** {@code oxb_fingerprint} on a node list copied into linear memory for the call (and freed after it). */
    public long fingerprint(byte[] nodeList) {
        int pointer = copyIn(nodeList);
        try {
            return fingerprint(pointer, nodeList.length);
        } finally {
            free(pointer, nodeList.length);
        }
    }

    /**
     * {@code oxb_fingerprint_json} (see {@code NativeRust#fingerprintJson}): the JSON input copied into
     * linear memory for the call, the output copied out; both buffers are freed.
     */
    public byte[] fingerprintJson(byte[] json) {
        int pointer = copyIn(json);
        int status;
        try {
            // wasm32: the output's address and length are u32s, side by side at `out`.
            status = fingerprintJson.execute(pointer, json.length, out, out + Integer.BYTES).asInt();
        } finally {
            free(pointer, json.length);
        }
        RustStatus.check(status, "oxb_fingerprint_json (wasm)");
        int address = readInt(out);
        int length = readInt(out + Integer.BYTES);
        byte[] bytes = new byte[length];
        memory.readBuffer(address, bytes, 0, length);
        free(address, length);
        return bytes;
    }
}
