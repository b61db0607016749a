package oxbench.stories.patterns;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import oxbench.rust.NativeFunctions;
import oxbench.rust.NativeRust;
import oxbench.rust.RustStatus;

/** rust-core's pattern matcher through FFM: {@code oxb_match_patterns}, the typed boundary. */
final class PatternsNative extends NativeFunctions {
    private final MethodHandle matchPatterns;

    PatternsNative(Path file) {
        super(file);
        matchPatterns = library.critical("oxb_match_patterns", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    }

    /**
     * {@code oxb_match_patterns}: pattern {@code i} is {@code hashes[offsets[i]..offsets[i + 1]]}; the
     * matches' pattern indices and similarities are written to the first entries of the two out
     * arrays (room for every pattern).
     *
     * @return how many patterns matched
     */
    int matchPatterns(long[] hashes, int[] offsets, long[] fingerprint, int[] outIndices, double[] outSimilarities) {
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
            throw NativeRust.notCalled("oxb_match_patterns", e);
        }
        RustStatus.check(Math.min(found, 0), "oxb_match_patterns");
        return found;
    }
}
