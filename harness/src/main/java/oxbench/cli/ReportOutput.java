package oxbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import oxbench.env.Home;
import oxbench.results.AtomicFiles;

/**
 * Where a report, dashboard or proposal may be written: anywhere but inside {@code results/}, which
 * only {@code bench run} writes, and for a report or dashboard only into a new or empty directory or
 * one the same command wrote before (it holds the command's marker file), never over a user's files.
 */
final class ReportOutput {
    private ReportOutput() {}

    /** What writes a directory, and the marker file by which it knows the directory as its own. */
    enum Kind {
        REPORT("bench report", ".oxbench-report", "written by `bench report`: it may rewrite this directory\n"),
        // The dashboard keeps its own state in this file; an empty object is a dashboard with nothing built yet.
        DASHBOARD("bench dashboard", ".oxbench-dashboard.json", "{}\n");

        final String command;
        final String marker;
        private final String firstContent;

        Kind(String command, String marker, String firstContent) {
            this.command = command;
            this.marker = marker;
            this.firstContent = firstContent;
        }
    }

    /**
     * {@code out} made absolute, after checking it is not a file, not under results/, and new, empty or
     * {@code kind}'s own; the directory is then created and marked as {@code kind}'s.
     *
     * @throws UserError (one line) when {@code out} may not be written or cannot be created
     */
    static Path check(Path out, Kind kind) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("--out " + out + " is a file, not a directory");
        }
        outsideResults(out);
        Path marker = dir.resolve(kind.marker);
        if (Files.isDirectory(dir) && !Files.exists(marker) && !isEmpty(dir, out)) {
            throw new UserError("--out " + out + " holds files that " + kind.command + " did not write (no " + kind.marker
                    + "); it writes only into a new or empty directory or one it wrote before");
        }
        try {
            Files.createDirectories(dir);
            if (!Files.exists(marker)) {
                AtomicFiles.write(marker, kind.firstContent.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UserError("--out " + out + " cannot be written: " + AtomicFiles.reason(e));
        }
        return dir;
    }

    /**
     * A report or site in {@code out} that could not be written (full disk, unwritable file): one line, exit 2,
     * like every other environment error. An {@link AtomicFiles.NotWritten} already names its file.
     */
    static UserError notWritten(Path out, IOException e) {
        return new UserError(e instanceof AtomicFiles.NotWritten ? e.getMessage().lines().findFirst().orElse("")
                : "--out " + out + " cannot be written: " + AtomicFiles.reason(e));
    }

    /** {@code out} (a file or a directory) made absolute, after checking it is not under results/. */
    static Path outsideResults(Path out) {
        Path path = out.toAbsolutePath().normalize();
        if (real(path).startsWith(real(Home.results()))) {
            throw new UserError("--out " + out + " is inside " + Home.results() + ", which only `bench run` writes");
        }
        return path;
    }

    private static boolean isEmpty(Path dir, Path out) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UserError("--out " + out + " cannot be listed: " + AtomicFiles.reason(e));
        }
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
