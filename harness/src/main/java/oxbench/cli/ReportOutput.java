package oxbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import oxbench.Home;

/**
 * Where a report, dashboard or proposal may be written: anywhere but inside {@code results/}, which
 * only {@code bench run} writes.
 */
final class ReportOutput {
    private ReportOutput() {}

    /** {@code out} made absolute, after checking it is neither a file nor under results/. */
    static Path check(Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("--out " + out + " is a file, not a directory");
        }
        return outsideResults(out);
    }

    /** {@code out} (a file or a directory) made absolute, after checking it is not under results/. */
    static Path outsideResults(Path out) {
        Path path = out.toAbsolutePath().normalize();
        if (real(path).startsWith(real(Home.results()))) {
            throw new UserError("--out " + out + " is inside " + Home.results() + ", which only `bench run` writes");
        }
        return path;
    }

    /** The path with symbolic links resolved as far as it exists. */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }
}
