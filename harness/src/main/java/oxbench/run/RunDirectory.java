package oxbench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import oxbench.results.AtomicFiles;
import oxbench.results.Json;
import oxbench.report.MarkdownReport;
import oxbench.report.ScalingChart;
import oxbench.summary.Summary;
import oxbench.summary.Summary.StoryResult;
import oxbench.story.Warnings;

/**
 * Where one run's files go: {@code results/<run-id>/} by default. Holds JMH's own JSON and log per
 * story, {@code summary.json}, {@code report.md} and a chart per scaling story. The summary is rewritten after every story, so
 * a run that stops early keeps what it measured.
 */
public final class RunDirectory {
    public static final String REPORT = "report.md";

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final String id;

    private RunDirectory(Path dir, String id) {
        this.dir = dir;
        this.id = id;
    }

    /**
     * A new run directory under {@code results} named after the start time (UTC), never reusing one:
     * each candidate name is created atomically, so two runs started in the same second get two.
     */
    public static RunDirectory createUnder(Path results, Instant started) throws IOException {
        Files.createDirectories(results);
        String base = ID.format(started);
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            Path dir = results.resolve(id);
            try {
                Files.createDirectory(dir);
                return new RunDirectory(dir, id);
            } catch (FileAlreadyExistsException taken) {
                // another run (or an earlier one) has this name: try the next
            }
        }
    }

    /**
     * Checks the user's {@code --out} before anything is measured: it must be new or an empty directory
     * (never a run, never a directory holding the user's own files).
     *
     * @throws IllegalArgumentException (one line) when it is a file, holds a run or holds anything else
     */
    public static void checkOut(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a directory");
        }
        if (Files.exists(out.resolve(Summary.FILE_NAME))) {
            throw new IllegalArgumentException("--out " + out + " already holds a run; runs are never overwritten");
        }
        if (Files.isDirectory(out) && !isEmpty(out)) {
            throw new IllegalArgumentException("--out " + out + " is not empty; a run is written only into a new or empty directory");
        }
    }

    /**
     * The user's {@code --out} directory, created if needed; it must be new or empty ({@link #checkOut}).
     *
     * @throws IllegalArgumentException when it is a file, holds a run or holds anything else
     */
    public static RunDirectory at(Path out) throws IOException {
        checkOut(out);
        Files.createDirectories(out);
        Path dir = out.toAbsolutePath().normalize();
        return new RunDirectory(dir, dir.getFileName().toString());
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + dir + " cannot be listed: " + AtomicFiles.reason(e));
        }
    }

    /**
     * Removes the directory of a run that was refused before anything was written into it (only if
     * it is still empty: nothing measured is ever deleted).
     */
    public void removeIfEmpty() {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException notEmptyOrGone) {
            // it holds something after all: keep it
        }
    }

    public Path dir() {
        return dir;
    }

    public String id() {
        return id;
    }

    /**
     * Writes summary.json, a log-log chart per story with a scaling table, and report.md linking
     * them (each file atomically: a reader never sees half a file). A chart that cannot be drawn
     * (e.g. no fonts on a headless machine) is reported on {@code warnings} and left out of the report;
     * the summary is written first, so no measurement is lost.
     *
     * @throws AtomicFiles.NotWritten when the summary or report cannot be written (full disk, unwritable directory)
     */
    public void write(Summary summary, Warnings warnings) throws IOException {
        writeAtomically(Summary.FILE_NAME, out -> out.write((Json.MAPPER.writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8)));
        Set<String> charts = new LinkedHashSet<>();
        for (StoryResult story : summary.stories()) {
            if (!ScalingChart.drawable(story)) {
                continue;   // no scaling table, or one size only: nothing to draw a line through
            }
            String chart = ScalingChart.fileName(story);
            try {
                writeAtomically(chart, out -> ScalingChart.write(story, out));
                charts.add(chart);
            } catch (IOException | RuntimeException | Error e) {
                warnings.warn("could not draw " + chart + ": " + e);
            }
        }
        writeAtomically(REPORT, out -> out.write(MarkdownReport.render(summary, charts).getBytes(StandardCharsets.UTF_8)));
    }

    private void writeAtomically(String name, AtomicFiles.Content content) throws AtomicFiles.NotWritten {
        AtomicFiles.write(dir.resolve(name), content);
    }
}
