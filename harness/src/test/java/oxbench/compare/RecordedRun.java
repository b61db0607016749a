package oxbench.compare;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A real recorded run, kept in the test resources: the fingerprint and pattern stories of
 * {@code bench run --quick} (its summary.json as it stood after them, their main rows' JMH JSON and their
 * external rows' samples: CPython, PyO3, Go and cgo; Node, Node with wasm and N-API), unedited, so that
 * tests read what a run really writes. The pattern story is a scaling story: its main rows are in
 * {@code jmh-patterns.json} and {@code external-patterns.json}, the other sizes' files are left out.
 */
public final class RecordedRun {
    private RecordedRun() {}

    /** A copy of the recorded run in {@code parent}, free to edit. */
    public static Path copyInto(Path parent) throws Exception {
        Path source = resource();
        Path copy = Files.createDirectories(parent.resolve(source.getFileName().toString()));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        }
        return copy;
    }

    private static Path resource() throws URISyntaxException {
        return Path.of(RecordedRun.class.getResource("/runs/quick-with-external-rows/summary.json").toURI()).getParent();
    }
}
