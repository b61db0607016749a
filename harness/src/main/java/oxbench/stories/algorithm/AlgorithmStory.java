package oxbench.stories.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import oxbench.corpus.Fragment;
import oxbench.corpus.FragmentPool;
import oxbench.polyglot.Guests;
import oxbench.story.Claim;
import oxbench.story.Comparison;


import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Scalable;
import oxbench.story.Story;
import oxbench.story.Warnings;
import oxbench.story.StoryOptions;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The guide's Example 3, "Stayed in Python!": "Before: Naive O(n^2) algorithm. After: Better
 * algorithm O(n log n). Lesson: Algorithm first, language second". The timed function finds the
 * exact-duplicate functions and classes of a corpus: given each fragment's fingerprint, the index of
 * the first fragment with the same one ({@code polyglot-samples/python/duplicates.py}). Both
 * algorithms run in Python (GraalPy) and in Rust (native, through FFM), over a sweep of input sizes
 * doubling from 1/64 of the largest (1/8 in quick mode) up to it, so that growth, not one timing,
 * decides the claim.
 */
public final class AlgorithmStory implements Story<DuplicatesInput>, Scalable<DuplicatesInput> {
    /** The sweep's largest size by default: the standard library has about 17,000 fragments. */
    static final int LARGEST = 16000;
    /**
     * Sizes in the sweep: 7 spanning 64x, or in quick mode 4 spanning 8x (each Python size costs a
     * fork with 12 s of warm-up; four are the fewest that give an exponent a useful interval).
     */
    static final int SIZES = 7;
    static final int QUICK_SIZES = 4;

    private static final String GUIDE = "Example 3, Stayed in Python!: \"Before: Naive O(n^2) algorithm. After: Better"
            + " algorithm O(n log n). Lesson: Algorithm first, language second\"; When to Migrate: \"DON'T migrate when a"
            + " better algorithm exists (O(n^2) -> O(n log n) first)\"";

    @Override
    public String id() {
        return "algorithm";
    }

    @Override
    public String title() {
        return "Algorithm first: duplicate fragments, naive O(n^2) against sorted O(n log n), in Python and in Rust";
    }

    /** One call over all of the input's fragments. */
    @Override
    public String unitOfWork() {
        return "call";
    }

    /** The code the guide's team kept: the better algorithm, still in Python. */
    @Override
    public String baseline() {
        return "python-nlogn@graalpy";
    }

    @Override
    public List<Implementation<DuplicatesInput>> implementations() {
        return List.of(
                new PythonOnGraalPy("python-naive@graalpy", "first_duplicates_naive"),
                new PythonOnGraalPy("python-nlogn@graalpy", "first_duplicates_sorted"),
                new RustOnFfm("rust-naive@ffm", true),
                new RustOnFfm("rust-nlogn@ffm", false),
                new PythonOnCPython("python-naive@cpython", "first_duplicates_naive"),
                new PythonOnCPython("python-nlogn@cpython", "first_duplicates_sorted"));
    }

    /** GraalPy against CPython on each algorithm, at the run's size: the setting "stayed in Python" is about. */
    @Override
    public List<Comparison> comparisons() {
        return List.of("naive", "nlogn").stream()
                .map(algorithm -> new Comparison("CPython against GraalPy (python-" + algorithm + ", the same file)",
                        "python-" + algorithm + "@cpython", "python-" + algorithm + "@graalpy",
                        "python-" + algorithm + " takes {ratio}x as long under CPython as under GraalPy with the JIT"
                                + " ({difference} per call)",
                        Comparison.NATIVE_RUNTIMES))
                .toList();
    }

    /**
     * The better algorithm in Python overtakes the naive one in Rust. The exponent ranges: a
     * quadratic algorithm fits as n^2, give or take what caches and early exits on duplicates do
     * (1.7 to 2.3); n log n over sizes spanning 32-64x fits as about n^1.1 (log n grows by a factor
     * of 1.6-1.8 over the sweep), and the range 0.9 to 1.4 leaves room for the fixed cost of a call at
     * the smallest sizes and for memory effects at the largest.
     */
    @Override
    public List<Claim<?>> claims() {
        return List.of(new GrowthClaim("python-nlogn@graalpy", "rust-naive@ffm", List.of(
                new GrowthClaim.Expected("python-naive@graalpy", "O(n^2)", 1.7, 2.3),
                new GrowthClaim.Expected("python-nlogn@graalpy", "O(n log n)", 0.9, 1.4),
                new GrowthClaim.Expected("rust-naive@ffm", "O(n^2)", 1.7, 2.3),
                new GrowthClaim.Expected("rust-nlogn@ffm", "O(n log n)", 0.9, 1.4)), GUIDE),
                // The guide's own setting: the team's Python ran on CPython.
                new GrowthClaim("python-nlogn@cpython", "rust-naive@ffm", List.of(
                        new GrowthClaim.Expected("python-naive@cpython", "O(n^2)", 1.7, 2.3),
                        new GrowthClaim.Expected("python-nlogn@cpython", "O(n log n)", 0.9, 1.4),
                        new GrowthClaim.Expected("rust-naive@ffm", "O(n^2)", 1.7, 2.3),
                        new GrowthClaim.Expected("rust-nlogn@ffm", "O(n log n)", 0.9, 1.4)), GUIDE));
    }

    /** {@code --fragments}. */
    @Override
    public StoryOptions options() {
        return new FragmentOptions();
    }

    /**
     * The first fragments of the corpus (see {@link FragmentPool}), as many as the largest size:
     * {@code --fragments}, else 16000 or all the corpus has if fewer; their fingerprints
     * are made by the prototype's {@code combine_hashes} in GraalPy, as {@code duplicates.py} does.
     */
    @Override
    public DuplicatesInput prepare(InputOptions options, Warnings warnings) {
        FragmentPool.Selection selection = FragmentPool.select(options.corpus(), options.maxFileBytes(), "--fragments",
                options.own(FragmentOptions.class, FragmentOptions::new).fragments(),
                LARGEST, available -> "the sweep goes up to " + available + ", not " + LARGEST, warnings);
        int largest = selection.count();
        List<Fragment> fragments = selection.pool().ordered().subList(0, largest);
        return new DuplicatesInput(selection.pool().corpus(), selection.pool().ordered().size(),
                sweep(largest, options.quick() ? QUICK_SIZES : SIZES), fragments.stream().map(Fragment::id).toList(),
                fingerprints(fragments), selection.skipped());
    }

    /** {@code count} sizes halving from {@code largest} (rounded, at least 1, without repeats), ascending. */
    static List<Integer> sweep(int largest, int count) {
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int halvings = 0; halvings < count; halvings++) {
            sizes.add((int) Math.max(1, Math.round(largest / Math.pow(2, halvings))));
        }
        return List.copyOf(sizes);
    }

    /** Each fragment's fingerprint, by the prototype: {@code combine_hashes} of its node hashes. */
    private static long[] fingerprints(List<Fragment> fragments) {
        try (Context context = Guests.shared().newContext("python")) {
            Value combine = Guests.loadPythonModule(context, "fingerprint").getMember("combine_hashes");
            Value fingerprintsOf = context.eval("python",
                    "lambda combine, fragments: [combine(int(str(h), 16) for h in hashes) for hashes in fragments]");
            Value made = fingerprintsOf.execute(combine, ProxyArray.fromList(fragments.stream()
                    .map(fragment -> (Object) ProxyArray.fromList(List.copyOf(fragment.hashes())))
                    .toList()));
            long[] fingerprints = new long[fragments.size()];
            for (int i = 0; i < fingerprints.length; i++) {
                fingerprints[i] = Guests.unsigned64(made.getArrayElement(i));
            }
            return fingerprints;
        }
    }

    @Override
    public String sizeUnit() {
        return "fragments";
    }

    @Override
    public int size(DuplicatesInput input) {
        return input.size();
    }

    @Override
    public List<Integer> sizes(DuplicatesInput input) {
        return input.sizes();
    }

    @Override
    public DuplicatesInput atSize(DuplicatesInput input, int size) {
        return input.withSize(size);
    }

    @Override
    public int units(DuplicatesInput input) {
        return 1;
    }

    @Override
    public Class<DuplicatesInput> inputType() {
        return DuplicatesInput.class;
    }

    /**
     * One line per fragment, {@code <index> -> <index of its first duplicate>} (itself when it has
     * none): equal lines mean the same answer for every fragment.
     */
    @Override
    public List<String> describe(DuplicatesInput input, Object output) {
        int[] first;
        if (output instanceof int[] indices) {
            first = indices;
        } else if (output instanceof Value list && list.hasArrayElements()) {
            first = new int[Math.toIntExact(list.getArraySize())];
            for (int i = 0; i < first.length; i++) {
                first[i] = list.getArrayElement(i).asInt();
            }
        } else {
            throw new IllegalStateException("returned " + output + " instead of a list of indices");
        }
        List<String> lines = new ArrayList<>(first.length);
        for (int i = 0; i < first.length; i++) {
            lines.add(i + " -> " + first[i]);
        }
        return lines;
    }

    @Override
    public Map<String, Object> inputSummary(DuplicatesInput input) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("corpus", input.corpus());
        summary.put("fragments_in_corpus", input.poolSize());
        summary.put("fragments", input.size());
        summary.put("sizes", input.sizes());
        long distinct = Arrays.stream(input.fingerprints()).distinct().count();
        summary.put("distinct_fingerprints", distinct);
        summary.put("duplicates", input.size() - distinct);
        summary.put("skipped", input.skipped());
        return summary;
    }
}
