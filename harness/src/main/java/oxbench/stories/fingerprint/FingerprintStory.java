package oxbench.stories.fingerprint;

import java.util.List;
import java.util.Map;
import oxbench.corpus.Corpus;
import oxbench.corpus.SourceFile;
import oxbench.polyglot.Guests;
import oxbench.corpus.NodeListInput;
import oxbench.corpus.NodeListStory;
import oxbench.story.Claim;
import oxbench.story.Comparison;
import oxbench.claims.SpeedupClaim;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Warnings;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Success story 1 of the guide, the fingerprint generator: "Before: Python, 200ms per file.
 * After: Rust via PyO3, 2ms per file". The timed function is {@code calculate_fingerprint} over
 * the node lists of real Python files ({@link NodeListInput}).
 */
public final class FingerprintStory implements NodeListStory {
    private static final String GUIDE =
            "Success story 1, Fingerprint Generator: \"Before: Python, 200ms per file. After: Rust via PyO3, 2ms per file\"";

    private static final String GO_TO_RUST = "Go to Rust Migration, Using CGO: \"#cgo LDFLAGS: -L./target/release"
            + " -lrust_processor\" ... \"result := C.process_patterns(...)\" (the guide names no number for this route)";

    @Override
    public String id() {
        return "fingerprint";
    }

    /** GraalPy against CPython on the same prototype file: the runtime the guide's 200 ms came from. */
    @Override
    public List<Comparison> comparisons() {
        return List.of(new Comparison("CPython against GraalPy (the same prototype file)", "python@cpython", "python@graalpy",
                        "the prototype takes {ratio}x as long under CPython as under GraalPy with the JIT ({difference} per file)",
                        Comparison.NATIVE_RUNTIMES),
                new Comparison("PyO3 against FFM (the same Rust fingerprint, Python caller)", "python+rust@pyo3", "python+rust@ffm",
                        "the Python program calling Rust takes {ratio}x as long through PyO3 under CPython as through the host"
                                + " and FFM under GraalPy ({difference} per file)",
                        Comparison.NATIVE_RUNTIMES),
                new Comparison("Go alone against the same Go program calling Rust through cgo", "go@go", "go+rust@cgo",
                        "the Go port takes {ratio}x as long as the same program calling Rust through cgo ({difference} per file)",
                        GO_TO_RUST));
    }

    @Override
    public String title() {
        return "Fingerprint generator: calculate_fingerprint(ast_nodes) per Python file";
    }

    @Override
    public String unitOfWork() {
        return "file";
    }

    @Override
    public String baseline() {
        return "python@graalpy";
    }

    @Override
    public List<Implementation<NodeListInput>> implementations() {
        return List.of(
                new PythonOnGraalPy(),
                new RustOnFfm(),
                new RustOnGraalWasm(),
                new PythonWithRustFfm(),
                new PythonWithRustWasm(),
                new PythonOnCPython(),
                new PythonWithRustPyo3(),
                GoProgram.go(),
                GoProgram.goWithRust());
    }

    /** The rows that run outside the JVM: CPython, and Go compiled ahead of time. */
    static final MeasurementNeeds NO_JIT_TO_WAIT_FOR = MeasurementNeeds.of(CodeKind.EXTERNAL);

    /** 200 ms -> 2 ms per file is a 100x speedup; every Rust implementation is held to it. */
    @Override
    public List<Claim<?>> claims() {
        return List.of(
                new SpeedupClaim(baseline(), "python+rust@ffm", 100, "200 ms", "2 ms", "file", GUIDE),
                new SpeedupClaim(baseline(), "python+rust@graalwasm", 100, "200 ms", "2 ms", "file", GUIDE),
                new SpeedupClaim(baseline(), "rust@ffm", 100, "200 ms", "2 ms", "file", GUIDE),
                new SpeedupClaim(baseline(), "rust@graalwasm", 100, "200 ms", "2 ms", "file", GUIDE),
                // The guide's own setting: the prototype under CPython, against the same Rust code.
                new SpeedupClaim("python@cpython", "rust@ffm", 100, "200 ms", "2 ms", "file", GUIDE),
                new SpeedupClaim("python@cpython", "rust@graalwasm", 100, "200 ms", "2 ms", "file", GUIDE),
                new SpeedupClaim("python@cpython", "python+rust@pyo3", 100, "200 ms", "2 ms", "file", GUIDE));
    }

    @Override
    public NodeListInput prepare(InputOptions options, Warnings warnings) {
        return NodeListInput.read(options, warnings);
    }
}
