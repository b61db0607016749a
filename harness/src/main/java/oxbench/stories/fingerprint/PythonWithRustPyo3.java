package oxbench.stories.fingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import oxbench.corpus.NodeListInput;
import oxbench.env.Home;
import oxbench.external.Drivers;
import oxbench.external.ExternalImplementation;
import oxbench.story.Unavailable;
import oxbench.story.Workload;
import oxbench.story.MeasurementNeeds;

/**
 * The guide's own "after": "Rust via PyO3". The Python program under CPython, with
 * {@code calculate_fingerprint} taken from {@code rust_core_py}, rust-core built as a CPython
 * extension module with PyO3 ({@code rust-core/pyo3}); PyO3 converts the list of str at the
 * boundary. A separate process, like {@code python@cpython}.
 */
public final class PythonWithRustPyo3 extends ExternalImplementation<NodeListInput> {
    private static final Path MODULES = Path.of("rust-core/target/python");

    public PythonWithRustPyo3() {
        super("python+rust@pyo3", "python+rust", " -> PyO3 0.17 -> native (rustc)",
                Drivers.cpython("fingerprint", "rust_core_py", "--module-path", Home.dir().resolve(MODULES).toString()));
    }

    /** Unavailable until rust-core/build.sh has built the extension module (it needs librust-pyo3-dev). */
    @Override
    public Workload open(NodeListInput input) throws Exception {
        if (!built()) {
            throw new Unavailable("rust_core_py (the PyO3 extension module) is not built under " + MODULES
                    + "; install librust-pyo3-dev (./bench setup does) and rebuild with ./bench setup");
        }
        return super.open(input);
    }

    private static boolean built() {
        Path dir = Home.dir().resolve(MODULES);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("rust_core_py."));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected Object output(JsonNode output, NodeListInput input) {
        return PythonOnCPython.fingerprints(output);
    }

    /** Outside the JVM, without a JIT to wait for: {@link FingerprintStory#NO_JIT_TO_WAIT_FOR}. */
    @Override
    public MeasurementNeeds measurement() {
        return FingerprintStory.NO_JIT_TO_WAIT_FOR;
    }
}
