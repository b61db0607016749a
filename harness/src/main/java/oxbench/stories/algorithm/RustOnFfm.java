package oxbench.stories.algorithm;

import oxbench.env.Home;
import oxbench.rust.RustToolchain;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * {@code rust-naive@ffm} and {@code rust-nlogn@ffm}: Java calls the Rust port in rust-core's native
 * library through FFM, on the fingerprints as a Java {@code long[]}; each call fills a new
 * {@code int[]} of first indices, as the Python functions build a new list.
 *
 * @param naive {@code oxb_first_duplicates_naive}, else {@code oxb_first_duplicates_sorted}
 */
record RustOnFfm(String id, boolean naive) implements Implementation<DuplicatesInput> {
    @Override
    public String language() {
        return "rust";
    }

    @Override
    public String runtime() {
        return RustToolchain.nativeRuntime();
    }

    @Override
    public Workload open(DuplicatesInput input) {
        return new Calls(new DuplicatesNative(Home.nativeLibrary()), naive, input.fingerprints().clone());
    }

    private record Calls(DuplicatesNative rust, boolean naive, long[] fingerprints) implements Workload {
        @Override
        public int[] run() {
            int[] first = new int[fingerprints.length];
            rust.firstDuplicates(naive, fingerprints, first);
            return first;
        }

        @Override
        public void close() {
            rust.close();
        }
    }

    /** Native code called from Java. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.HOST);
    }
}
