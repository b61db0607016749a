package oxbench.compare;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A real recorded run, kept in the test resources: the fingerprint story of {@code bench run --quick}
 * (summary.json trimmed to that story, its JMH JSON and its external rows' samples: CPython, PyO3, Go,
 * cgo), unedited, so that tests read what a run really writes.
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
        return Path.of(RecordedRun.class.getResource("/runs/quick-fingerprint/summary.json").toURI()).getParent();
    }
}
