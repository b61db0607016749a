package oxbench.stories.pitfallbatching;

import oxbench.env.Home;
import oxbench.rust.BufferHash;
import oxbench.rust.RustToolchain;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * {@code per-item@ffm} and {@code batched@ffm}: Java holds the items in one {@code byte[]} and calls
 * the native library through FFM, once per item (each item a slice of the array, read in place) or
 * once for all of them.
 */
final class JavaWithRustFfm extends CrossingImplementation {
    JavaWithRustFfm(boolean batched) {
        super("ffm", batched);
    }

    @Override
    public String language() {
        return "java+rust";
    }

    @Override
    public String runtime() {
        return "Java " + Runtime.version().feature() + " -> " + RustToolchain.nativeRuntime();
    }

    /** Java's FFM calls: host code, only C2 to settle. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.HOST);
    }

    @Override
    public Workload open(BatchingInput input) {
        byte[] items = input.items();
        int itemLength = input.itemLength();
        BatchingNative rust = new BatchingNative(Home.nativeLibrary());
        return new Workload() {
            @Override
            public long[] run() {
                long[] hashes = new long[items.length / itemLength];
                if (batched) {
                    rust.hashItems(items, itemLength, hashes);
                } else {
                    for (int i = 0; i < hashes.length; i++) {
                        hashes[i] = BufferHash.hashBuffer(items, i * itemLength, itemLength);
                    }
                }
                return hashes;
            }

            @Override
            public void close() {
                rust.close();
            }
        };
    }
}
