package oxbench.stories.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import oxbench.corpus.Fragment;
import oxbench.corpus.FragmentPool;
import oxbench.story.Claim;
import oxbench.claims.SpeedupClaim;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Scalable;
import oxbench.story.Story;
import oxbench.story.Warnings;
import oxbench.story.StoryOptions;
import org.graalvm.polyglot.Value;

/**
 * Success story 2 of the guide, the pattern matcher: "Before: JavaScript, 500ms for 1000 patterns.
 * After: WASM, 5ms for 1000 patterns". The timed function is {@code matchPatterns(patterns,
 * fingerprint)}: one call compares the query with every pattern (Jaccard similarity of their node
 * hash sets) and keeps those above 0.75. Patterns and query are real functions and classes (see
 * {@link FragmentPool}, the query chosen by {@link Jaccard#query}); the run's size is {@code --patterns} (default 1000), and the scaling table
 * adds 100, 1000 and 10000.
 */
public final class PatternStory implements Story<PatternInput>, Scalable<PatternInput> {
    /** The guide's threshold: patterns strictly above it match. */
    static final double THRESHOLD = 0.75;
    static final int DEFAULT_PATTERNS = 1000;
    static final List<Integer> SCALING = List.of(100, 1000, 10000);

    private static final String GUIDE =
            "Success story 2, Fragment Matcher: \"Before: JavaScript, 500ms for 1000 patterns. After: WASM, 5ms for 1000 patterns\"";
    private static final String WASM =
            "JavaScript to Rust Migration, \"Using WebAssembly (Browser/Node)\": the same Rust code compiled to wasm32";
    private static final String PITFALL_1 =
            "Pitfall 1, Unnecessary String Conversions: \"BAD: Converting back and forth\" (JSON) \"GOOD: Keep in native format\"";

    @Override
    public String id() {
        return "patterns";
    }

    @Override
    public String title() {
        return "Fragment matcher: matchPatterns(patterns, fingerprint), Jaccard similarity > 0.75";
    }

    /** One call of matchPatterns over all of the run's patterns. */
    @Override
    public String unitOfWork() {
        return "call";
    }

    @Override
    public String baseline() {
        return "js@graaljs";
    }

    @Override
    public List<Implementation<PatternInput>> implementations() {
        return List.of(
                new JsOnGraalJs(),
                new JsWithRustWasm(),
                new JsWithRustWasmJson(),
                new RustOnGraalWasm(),
                new RustOnFfm(),
                OnNode.prototype(),
                OnNode.rustWasm(),
                OnNode.rustNapi());
    }

    /** 500 ms -> 5 ms per 1000 patterns is a 100x speedup; every Rust implementation is held to it. */
    @Override
    public List<Claim<?>> claims() {
        return List.of(
                new SpeedupClaim(baseline(), "js+rust@graalwasm-json", 100, "500 ms", "5 ms", "1000 patterns", GUIDE),
                new SpeedupClaim(baseline(), "js+rust@graalwasm", 100, "500 ms", "5 ms", "1000 patterns", GUIDE),
                new SpeedupClaim(baseline(), "rust@graalwasm", 100, "500 ms", "5 ms", "1000 patterns", GUIDE),
                new SpeedupClaim(baseline(), "rust@ffm", 100, "500 ms", "5 ms", "1000 patterns", GUIDE),
                // The guide's own setting: the prototype under Node, and the same JavaScript calling Rust in Node's wasm.
                new SpeedupClaim("js@node", "js+rust@node-wasm", 100, "500 ms", "5 ms", "1000 patterns", GUIDE),
                new SpeedupClaim("js@node", "js+rust@napi", 100, "500 ms", "5 ms", "1000 patterns", GUIDE),
                new SpeedupClaim("js@node", "rust@ffm", 100, "500 ms", "5 ms", "1000 patterns", GUIDE));
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(
                new Comparison("what the JSON boundary costs against typed buffers (JavaScript -> wasm)",
                        "js+rust@graalwasm-json", "js+rust@graalwasm", PITFALL_1),
                new Comparison("what GraalWasm costs against the same Rust code native (Java caller)",
                        "rust@graalwasm", "rust@ffm", WASM),
                new Comparison("Node against GraalJS (the same prototype file)", "js@node", "js@graaljs",
                        "the prototype takes {ratio}x as long under Node as under GraalJS with the JIT ({difference} per call)",
                        Comparison.NATIVE_RUNTIMES),
                new Comparison("V8 against GraalWasm (the same JavaScript and rust_core.wasm)", "js+rust@node-wasm", "js+rust@graalwasm",
                        "the Rust matcher in wasm takes {ratio}x as long in V8 (Node) as in GraalWasm ({difference} per call)",
                        Comparison.NATIVE_RUNTIMES),
                new Comparison("Node-API against FFM (the same Rust matcher, typed arrays against Java arrays)",
                        "js+rust@napi", "rust@ffm",
                        "the Rust matcher takes {ratio}x as long called from Node through Node-API as from Java through FFM"
                                + " ({difference} per call)",
                        Comparison.NATIVE_RUNTIMES));
    }

    @Override
    public double claimUnitsPerUnit(PatternInput input) {
        return input.patterns().size() / 1000.0;
    }

    /** {@code --patterns}. */
    @Override
    public StoryOptions options() {
        return new PatternOptions();
    }

    /**
     * Every function and class of the corpus (see {@link FragmentPool}, the query chosen by {@link Jaccard#query}) in the fixed order, with the
     * query. Holds as many patterns as the largest size of the scaling table needs.
     */
    @Override
    public PatternInput prepare(InputOptions options, Warnings warnings) {
        FragmentPool.Selection selection = FragmentPool.select(options.corpus(), options.maxFileBytes(), "--patterns",
                options.own(PatternOptions.class, PatternOptions::new).patterns(),
                DEFAULT_PATTERNS, available -> "all of them are the patterns, not the guide's " + DEFAULT_PATTERNS, warnings);
        List<Fragment> ordered = selection.pool().ordered();
        int requested = selection.count();
        int largest = Math.max(requested, SCALING.stream().filter(size -> size <= ordered.size()).max(Integer::compare).orElse(0));
        return new PatternInput(selection.pool().corpus(), ordered.size(), requested, Jaccard.query(ordered),
                ordered.subList(0, largest), selection.skipped());
    }

    @Override
    public String sizeUnit() {
        return "patterns";
    }

    @Override
    public int size(PatternInput input) {
        return input.size();
    }

    /** 100, 1000, 10000 (those the corpus has enough fragments for) and the run's own size. */
    @Override
    public List<Integer> sizes(PatternInput input) {
        TreeSet<Integer> sizes = new TreeSet<>();
        SCALING.stream().filter(size -> size <= input.available().size()).forEach(sizes::add);
        sizes.add(input.size());
        return List.copyOf(sizes);
    }

    @Override
    public PatternInput atSize(PatternInput input, int size) {
        return input.withSize(size);
    }

    @Override
    public int units(PatternInput input) {
        return 1;
    }

    @Override
    public Class<PatternInput> inputType() {
        return PatternInput.class;
    }

    /**
     * One line per match, {@code <pattern id> <similarity>}, the similarity in Java's shortest
     * round-trip form: equal lines mean the same matches, in the same order, with bit-identical
     * similarities (every implementation divides the same two integers in IEEE double precision).
     */
    @Override
    public List<String> describe(PatternInput input, Object output) {
        List<String> lines = new ArrayList<>();
        if (output instanceof Matches matches) {
            for (int i = 0; i < matches.indices().length; i++) {
                lines.add(input.patterns().get(matches.indices()[i]).id() + " " + matches.similarities()[i]);
            }
        } else if (output instanceof Value jsArray && jsArray.hasArrayElements()) {
            for (long i = 0; i < jsArray.getArraySize(); i++) {
                Value match = jsArray.getArrayElement(i);
                lines.add(match.getMember("pattern").asString() + " " + match.getMember("similarity").asDouble());
            }
        } else {
            throw new IllegalStateException("returned " + output + " instead of a list of matches");
        }
        return lines;
    }

    @Override
    public Map<String, Object> inputSummary(PatternInput input) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("corpus", input.corpus());
        summary.put("fragments", input.poolSize());
        summary.put("patterns", input.patterns().size());
        summary.put("pattern_hashes", input.patterns().stream().mapToLong(pattern -> pattern.hashes().size()).sum());
        summary.put("query", input.query().id());
        summary.put("query_hashes", input.query().hashes().size());
        summary.put("threshold", THRESHOLD);
        long[] query = input.query().values();
        summary.put("matches", input.patterns().stream()
                .filter(pattern -> Jaccard.similarity(pattern.values(), query) > THRESHOLD)
                .count());
        summary.put("skipped", input.skipped());
        return summary;
    }
}
