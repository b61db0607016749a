package oxbench.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import oxbench.results.Json;
import oxbench.results.MarkdownReport;
import oxbench.results.ScalingChart;
import oxbench.results.Summary;
import oxbench.results.Summary.StoryResult;
import oxbench.story.Warnings;

/**
 * Where one run's files go: {@code results/<run-id>/} by default. Holds JMH's own JSON and log per
 * story, {@code summary.json}, {@code report.md} and a chart per scaling story. The summary is rewritten after every story, so
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

    /**
     * Writes summary.json, a log-log chart per story with a scaling table, and report.md linking
     * them (each file atomically: a reader never sees half a file). A chart that cannot be drawn
     * (e.g. no fonts on a headless machine) is reported on {@code warnings} and left out of the report;
     * the summary is written first, so no measurement is lost.
     */
    public void write(Summary summary, Warnings warnings) throws IOException {
        writeAtomically(SUMMARY, out -> out.write((Json.MAPPER.writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8)));
        Set<String> charts = new LinkedHashSet<>();
        for (StoryResult story : summary.stories()) {
            if (story.scaling() == null) {
                continue;
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

    /** What writes one file's bytes. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private void writeAtomically(String name, Content content) throws IOException {
        Path temporary = dir.resolve(name + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
