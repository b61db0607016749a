package oxbench.stories.patterns;

import java.util.Arrays;
import oxbench.env.Home;
import oxbench.rust.JavaCallsNative;
import oxbench.story.Workload;

/**
 * {@code rust@ffm}: Java calls the native Rust matcher through FFM, on Java arrays in the typed
 * layout (made before timing); the time is the Rust code, its call, and copying out the matches.
 */
final class RustOnFfm extends JavaCallsNative<PatternInput> {
    @Override
    public Workload open(PatternInput input) {
        TypedPatterns typed = TypedPatterns.of(input.patterns());
        return new Calls(new PatternsNative(Home.nativeLibrary()), typed, input.query().values(),
                new int[typed.count()], new double[typed.count()]);
    }

    private record Calls(PatternsNative rust, TypedPatterns patterns, long[] query, int[] indices, double[] similarities)
            implements Workload {
        @Override
        public Matches run() {
            int found = rust.matchPatterns(patterns.hashes(), patterns.offsets(), query, indices, similarities);
            return new Matches(Arrays.copyOf(indices, found), Arrays.copyOf(similarities, found));
        }

        @Override
        public void close() {
            rust.close();
        }
    }
}
