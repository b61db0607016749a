package oxbench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import oxbench.results.Json;
import oxbench.results.MarkdownReport;
import oxbench.results.Summary;

/**
 * Where one run's files go: {@code results/<run-id>/} by default. Holds JMH's own JSON and log per
 * story, {@code summary.json} and {@code report.md}. The summary is rewritten after every story, so
 * a run that stops early keeps what it measured.
 */
public final class RunDirectory {
    public static final String SUMMARY = "summary.json";
    public static final String REPORT = "report.md";

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final String id;

    private RunDirectory(Path dir, String id) {
        this.dir = dir;
        this.id = id;
    }

    /** A new run directory under {@code results} named after the start time (UTC), never reusing one. */
    public static RunDirectory createUnder(Path results, Instant started) throws IOException {
        String base = ID.format(started);
        String id = base;
        for (int n = 2; Files.exists(results.resolve(id)); n++) {
            id = base + "-" + n;
        }
        Path dir = results.resolve(id);
        Files.createDirectories(dir);
        return new RunDirectory(dir, id);
    }

    /**
     * The user's {@code --out} directory, created if needed; it must not hold a run already.
     *
     * @throws IllegalArgumentException when it is a file or already holds a summary
     */
    public static RunDirectory at(Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a directory");
        }
        if (Files.exists(out.resolve(SUMMARY))) {
            throw new IllegalArgumentException("--out " + out + " already holds a run; runs are never overwritten");
        }
        Files.createDirectories(out);
        Path dir = out.toAbsolutePath().normalize();
        return new RunDirectory(dir, dir.getFileName().toString());
    }

    public Path dir() {
        return dir;
    }

    public String id() {
        return id;
    }

    /** Writes summary.json and report.md (each atomically: a reader never sees half a file). */
    public void write(Summary summary) throws IOException {
        writeAtomically(SUMMARY, Json.MAPPER.writeValueAsString(summary) + "\n");
        writeAtomically(REPORT, MarkdownReport.render(summary));
    }

    private void writeAtomically(String name, String content) throws IOException {
        Path temporary = dir.resolve(name + ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
