package oxbench.stories.boundary;

import oxbench.rust.BufferHash;
import oxbench.rust.RustToolchain;
import oxbench.story.Workload;
import oxbench.story.MeasurementNeeds;

/** {@code add-one@ffm}, {@code hash-1k@ffm}: Java calls the native library through FFM ({@link BoundaryNative}, {@link BufferHash}). */
final class JavaToNative extends Bridge {
    JavaToNative(BoundaryFunction function) {
        super(function, "ffm", "Java -> native", "rust");
    }

    @Override
    public String runtime() {
        return RustToolchain.nativeRuntime() + switch (function) {
            case ADD_ONE -> ", constant critical downcall: a long in, a long out";
            case HASH_1K -> ", constant critical downcall with heap access: the Java byte[] is read in place (no copy), a long out";
        };
    }

    /** Java calling native code: {@link BoundaryStory#JAVA_ONLY}. */
    @Override
    public MeasurementNeeds measurement() {
        return BoundaryStory.JAVA_ONLY;
    }

    @Override
    public Workload open(BoundaryInput input) {
        return switch (function) {
            case ADD_ONE -> new JavaChain(function, input, BoundaryNative::addOne, null);
            case HASH_1K -> {
                byte[] buffer = input.buffer();
                yield new JavaChain(function, input,
                        accumulator -> BufferHash.hashBuffer(JavaChain.withAccumulator(buffer, accumulator)), null);
            }
        };
    }
}
