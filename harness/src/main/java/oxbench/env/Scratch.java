package oxbench.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * This process's private temporary directory ({@code oxbench-<pid>-*} under {@code java.io.tmpdir},
 * readable by its owner only): every temporary file oxbench makes (a story's input for the JMH forks,
 * the external drivers' result and stderr files) lives here, so that one deletion removes them all,
 * on every way out: the end of a run, an error, Ctrl-C or SIGTERM (the shutdown hook).
 */
public final class Scratch {
    private static final String PREFIX = "oxbench-" + ProcessHandle.current().pid() + "-";
    private static Path dir;

    private Scratch() {}

    /** The directory, made on first use (with a shutdown hook that deletes it). */
    public static synchronized Path dir() {
        if (dir == null || !Files.isDirectory(dir)) {
            try {
                dir = Files.createTempDirectory(PREFIX);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary directory under "
                        + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
            }
            Path made = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "oxbench-scratch"));
        }
        return dir;
    }

    /** The name every scratch directory of process {@code pid} starts with (for tests that look for leftovers). */
    public static String prefixOf(long pid) {
        return "oxbench-" + pid + "-";
    }

    /** Deletes the directory and everything in it, if it was made; safe to call more than once. */
    public static void deleteNow() {
        Path made;
        synchronized (Scratch.class) {
            made = dir;
        }
        if (made != null) {
            delete(made);
        }
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench: warning: could not delete the temporary directory " + root + ": " + e.getMessage());
        }
    }
}
