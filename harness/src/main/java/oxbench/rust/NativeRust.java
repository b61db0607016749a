package oxbench.rust;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * rust-core's native library, called through Java's FFM API.
 *
 * <p>The downcalls are {@linkplain Linker.Option#critical(boolean) critical}: the Rust functions
 * are short, never call back into Java, and may read Java heap arrays in place, so a caller's
 * {@code byte[]} crosses the boundary without a copy. An instance is not thread-safe.
 */
public final class NativeRust implements AutoCloseable {
    private final Arena arena = Arena.ofShared();
    private final MethodHandle fingerprint;
    private final MethodHandle fingerprintJson;
    private final MethodHandle dealloc;
    private final MethodHandle matchPatterns;
    private final MethodHandle firstDuplicatesNaive;
    private final MethodHandle firstDuplicatesSorted;
    private final MethodHandle addOne;
    private final MethodHandle hashBuffer;
    private final MethodHandle hashItems;
    private final MethodHandle spin;
    private final long[] out = new long[1];
    /** Where oxb_fingerprint_json writes its output's address and length. */
    private final long[] jsonOut = new long[2];

    public NativeRust(Path library) {
        Linker linker = Linker.nativeLinker();
        SymbolLookup symbols = SymbolLookup.libraryLookup(library, arena);
        Linker.Option heapAccess = Linker.Option.critical(true);
        fingerprint = linker.downcallHandle(
                symbols.findOrThrow("oxb_fingerprint"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                heapAccess);
        fingerprintJson = linker.downcallHandle(
                symbols.findOrThrow("oxb_fingerprint_json"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                heapAccess);
        dealloc = linker.downcallHandle(symbols.findOrThrow("oxb_dealloc"),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), Linker.Option.critical(false));
        matchPatterns = linker.downcallHandle(
                symbols.findOrThrow("oxb_match_patterns"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                heapAccess);
        FunctionDescriptor duplicates = FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS);
        firstDuplicatesNaive = linker.downcallHandle(symbols.findOrThrow("oxb_first_duplicates_naive"), duplicates, heapAccess);
        firstDuplicatesSorted = linker.downcallHandle(symbols.findOrThrow("oxb_first_duplicates_sorted"), duplicates, heapAccess);
        addOne = linker.downcallHandle(symbols.findOrThrow("oxb_add_one"),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), Linker.Option.critical(false));
        hashBuffer = linker.downcallHandle(symbols.findOrThrow("oxb_hash_buffer"),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), heapAccess);
        hashItems = linker.downcallHandle(symbols.findOrThrow("oxb_hash_items"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                heapAccess);
        // Not critical: a long call must not hold off the garbage collector's safepoints.
        spin = linker.downcallHandle(symbols.findOrThrow("oxb_spin"),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    }

    /** {@code oxb_fingerprint}: the fingerprint of one file's node list (wire format of {@code NodeLists}). */
    public long fingerprint(byte[] nodeList) {
        int status;
        try {
            status = (int) fingerprint.invokeExact(
                    MemorySegment.ofArray(nodeList), (long) nodeList.length, MemorySegment.ofArray(out));
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_fingerprint could not be called: " + e, e);
        }
        RustStatus.check(status, "oxb_fingerprint");
        return out[0];
    }

    /**
     * {@code oxb_fingerprint_json}: the fingerprint of one file through the JSON boundary (the guide's
     * pitfall 1). {@code json} is the UTF-8 JSON array of its node strings; returns the output's UTF-8
     * bytes, {@code {"fingerprint":"<16 hex digits>"}}, copied out of Rust's buffer (which is freed).
     */
    public byte[] fingerprintJson(byte[] json) {
        MemorySegment outs = MemorySegment.ofArray(jsonOut);
        int status;
        try {
            status = (int) fingerprintJson.invokeExact(
                    MemorySegment.ofArray(json), (long) json.length, outs, outs.asSlice(Long.BYTES));
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_fingerprint_json could not be called: " + e, e);
        }
        RustStatus.check(status, "oxb_fingerprint_json");
        MemorySegment output = MemorySegment.ofAddress(jsonOut[0]).reinterpret(jsonOut[1]);
        byte[] bytes = output.toArray(ValueLayout.JAVA_BYTE);
        try {
            dealloc.invokeExact(output, output.byteSize());
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_dealloc could not be called: " + e, e);
        }
        return bytes;
    }

    /**
     * {@code oxb_match_patterns}, the typed boundary: pattern {@code i} is
     * {@code hashes[offsets[i]..offsets[i + 1]]}; the matches' pattern indices and similarities are
     * written to the first entries of the two out arrays (room for every pattern).
     *
     * @return how many patterns matched
     */
    public int matchPatterns(long[] hashes, int[] offsets, long[] fingerprint, int[] outIndices, double[] outSimilarities) {
        int patterns = offsets.length - 1;
        if (outIndices.length < patterns || outSimilarities.length < patterns) {
            throw new IllegalArgumentException("the out arrays need room for " + patterns + " matches");
        }
        int found;
        try {
            found = (int) matchPatterns.invokeExact(
                    MemorySegment.ofArray(hashes), (long) hashes.length,
                    MemorySegment.ofArray(offsets), (long) patterns,
                    MemorySegment.ofArray(fingerprint), (long) fingerprint.length,
                    MemorySegment.ofArray(outIndices), MemorySegment.ofArray(outSimilarities));
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_match_patterns could not be called: " + e, e);
        }
        RustStatus.check(Math.min(found, 0), "oxb_match_patterns");
        return found;
    }

    /**
     * {@code oxb_first_duplicates_naive} or {@code _sorted}: for every fingerprint, the index of the
     * first equal one, written to {@code out} (as long as {@code fingerprints}).
     */
    public void firstDuplicates(boolean naive, long[] fingerprints, int[] out) {
        if (out.length != fingerprints.length) {
            throw new IllegalArgumentException("out must have room for " + fingerprints.length + " indices");
        }
        String name = naive ? "oxb_first_duplicates_naive" : "oxb_first_duplicates_sorted";
        int status;
        try {
            status = (int) (naive ? firstDuplicatesNaive : firstDuplicatesSorted).invokeExact(
                    MemorySegment.ofArray(fingerprints), (long) fingerprints.length, MemorySegment.ofArray(out));
        } catch (Throwable e) {
            throw new IllegalStateException(name + " could not be called: " + e, e);
        }
        RustStatus.check(status, name);
    }

    /** {@code oxb_add_one}: the trivial call, {@code x + 1}. */
    public long addOne(long x) {
        try {
            return (long) addOne.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_add_one could not be called: " + e, e);
        }
    }

    /** {@code oxb_hash_buffer}: FNV-1a of {@code bytes}, read in place from the Java heap. */
    public long hashBuffer(byte[] bytes) {
        return hashBuffer(bytes, 0, bytes.length);
    }

    /** {@code oxb_hash_buffer} of {@code length} bytes of {@code bytes} from {@code offset}: one item of a larger buffer, in place. */
    public long hashBuffer(byte[] bytes, int offset, int length) {
        MemorySegment item = MemorySegment.ofArray(bytes).asSlice(offset, length);
        try {
            return (long) hashBuffer.invokeExact(item, (long) length);
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_hash_buffer could not be called: " + e, e);
        }
    }

    /** {@code oxb_hash_items}: the FNV-1a of every {@code itemLength}-byte item of {@code bytes}, into {@code out}. */
    public void hashItems(byte[] bytes, int itemLength, long[] out) {
        if (itemLength <= 0 || bytes.length % itemLength != 0 || out.length != bytes.length / itemLength) {
            throw new IllegalArgumentException("need whole items and room for one hash per item");
        }
        int status;
        try {
            status = (int) hashItems.invokeExact(MemorySegment.ofArray(bytes), (long) bytes.length, (long) itemLength,
                    MemorySegment.ofArray(out));
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_hash_items could not be called: " + e, e);
        }
        RustStatus.check(status, "oxb_hash_items");
    }

    /** {@code oxb_spin}: {@code rounds} dependent hashing steps, a call as long as asked. */
    public long spin(long rounds) {
        try {
            return (long) spin.invokeExact(rounds);
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_spin could not be called: " + e, e);
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
