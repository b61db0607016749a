package oxbench.stories.algorithm;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import oxbench.rust.NativeFunctions;
import oxbench.rust.NativeRust;
import oxbench.rust.RustStatus;

/** rust-core's two duplicate finders through FFM: {@code oxb_first_duplicates_naive} and {@code _sorted}. */
final class DuplicatesNative extends NativeFunctions {
    private final MethodHandle firstDuplicatesNaive;
    private final MethodHandle firstDuplicatesSorted;

    DuplicatesNative(Path file) {
        super(file);
        FunctionDescriptor duplicates = FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS);
        firstDuplicatesNaive = library.critical("oxb_first_duplicates_naive", duplicates);
        firstDuplicatesSorted = library.critical("oxb_first_duplicates_sorted", duplicates);
    }

    /**
     * {@code oxb_first_duplicates_naive} or {@code _sorted}: for every fingerprint, the index of the
     * first equal one, written to {@code out} (as long as {@code fingerprints}).
     */
    void firstDuplicates(boolean naive, long[] fingerprints, int[] out) {
        if (out.length != fingerprints.length) {
            throw new IllegalArgumentException("out must have room for " + fingerprints.length + " indices");
        }
        String name = naive ? "oxb_first_duplicates_naive" : "oxb_first_duplicates_sorted";
        int status;
        try {
            status = (int) (naive ? firstDuplicatesNaive : firstDuplicatesSorted).invokeExact(
                    MemorySegment.ofArray(fingerprints), (long) fingerprints.length, MemorySegment.ofArray(out));
        } catch (Throwable e) {
            throw NativeRust.notCalled(name, e);
        }
        RustStatus.check(status, name);
    }
}
