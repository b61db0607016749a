package oxbench.stories.pitfalljson;

import java.util.List;
import java.util.Set;
import oxbench.stories.pitfalljson.JavaCaller.Bridge;
import oxbench.corpus.NodeListInput;
import oxbench.corpus.NodeListStory;
import oxbench.story.Claim;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Warnings;

/**
 * Pitfall 1 of the guide, "Unnecessary String Conversions": "BAD: Converting back and forth"
 * ({@code serde_json::to_string} / {@code from_str}) against "GOOD: Keep in native format". The same
 * Rust function, the fingerprint of one file, is called with the file's node list as JSON
 * ({@code oxb_fingerprint_json}) and typed ({@code oxb_fingerprint}, the node-list wire format),
 * through each bridge oxbench has; each caller converts from and to its own language's data on
 * every call. The input is the fingerprint story's (node lists of real Python files).
 */
public final class ConversionStory implements NodeListStory {
    private static final String PITFALL_1 = "Pitfall 1, Unnecessary String Conversions: \"BAD: Converting back and forth"
            + "\" (serde_json::to_string, serde_json::from_str) \"GOOD: Keep in native format\"";

    /** A bridge, measured typed and with JSON: the implementations' id suffix, and the path it takes. */
    private record Route(String suffix, String path) {}

    private static final List<Route> ROUTES = List.of(
            new Route("ffm", "Java -> native"),
            new Route("graalwasm", "Java -> wasm"),
            new Route("js-wasm", "JavaScript -> wasm"),
            new Route("python-host-ffm", "Python -> host -> native"),
            new Route("python-wasm", "Python -> wasm"));

    /** How many of the fingerprint story's files a quick run fingerprints. */
    static final int QUICK_FILES = 2;

    @Override
    public String id() {
        return "pitfall-json";
    }

    @Override
    public String title() {
        return "Pitfall 1, unnecessary string conversions: the fingerprint with JSON at the boundary against typed data";
    }

    @Override
    public String unitOfWork() {
        return "file";
    }

    @Override
    public String baseline() {
        return "typed@ffm";
    }

    @Override
    public List<Implementation<NodeListInput>> implementations() {
        return List.of(
                new JavaCaller(Boundary.TYPED, Bridge.FFM),
                new JavaCaller(Boundary.JSON, Bridge.FFM),
                new JavaCaller(Boundary.TYPED, Bridge.GRAALWASM),
                new JavaCaller(Boundary.JSON, Bridge.GRAALWASM),
                GuestCaller.jsWasm(Boundary.TYPED),
                GuestCaller.jsWasm(Boundary.JSON),
                GuestCaller.pythonHostFfm(Boundary.TYPED),
                GuestCaller.pythonHostFfm(Boundary.JSON),
                GuestCaller.pythonWasm(Boundary.TYPED),
                GuestCaller.pythonWasm(Boundary.JSON));
    }

    /**
     * The conversion is the caller's language's (Jackson in Java, JSON.stringify/parse in JavaScript,
     * the json module in Python), so a quick run measures it once per language: Java -> native,
     * JavaScript -> wasm and Python -> host -> native, the three bridges that settle within its
     * plan. Java -> wasm and Python -> wasm convert in the same way; their guest forks (GraalWasm
     * compiling the Rust fingerprint) take longest to settle and would take the issue's five quick
     * stories past five minutes, so they are measured in full runs (or named with {@code --impl}).
     */
    @Override
    public Set<String> leftOutOfQuickRuns() {
        return Set.of("typed@graalwasm", "json@graalwasm", "typed@python-wasm", "json@python-wasm");
    }

    /** The guide gives no number for this pitfall, so there is nothing to hold the measurements to. */
    @Override
    public List<Claim<?>> claims() {
        return List.of();
    }

    /** One per bridge: the JSON caller against the typed one. */
    @Override
    public List<Comparison> comparisons() {
        return ROUTES.stream()
                .map(route -> new Comparison("what JSON at the boundary costs (" + route.path() + ")",
                        Boundary.JSON.id() + "@" + route.suffix(), Boundary.TYPED.id() + "@" + route.suffix(),
                        "JSON at the boundary costs {share} of the call (" + route.path() + ", {difference} per file)", PITFALL_1))
                .toList();
    }

    /**
     * The fingerprint story's input: its corpus, read and parsed the same way; a quick run keeps its
     * first {@value #QUICK_FILES} files, since every caller's first calls (interpreted, before the
     * JIT has compiled them) take a large part of a quick run.
     */
    @Override
    public NodeListInput prepare(InputOptions options, Warnings warnings) {
        NodeListInput input = NodeListInput.read(options, warnings);
        if (!options.quick() || input.files().size() <= QUICK_FILES) {
            return input;
        }
        return new NodeListInput(input.corpus() + ", its first " + QUICK_FILES + " files",
                List.copyOf(input.files().subList(0, QUICK_FILES)), input.skipped());
    }
}
