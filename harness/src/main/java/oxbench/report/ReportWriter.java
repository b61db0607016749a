package oxbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import oxbench.history.RunHistory;
import oxbench.results.AtomicFiles;
import oxbench.report.MarkdownReport;
import oxbench.report.ScalingChart;
import oxbench.summary.Summary;

/**
 * Writes one run's report into a directory of its own: report.md (with the run's scaling charts, drawn again
 * from summary.json, beside it), report.html and every {@link Export}. Reads the run directory, never writes it.
 * Each file is written whole or not at all ({@link AtomicFiles}): a failed write leaves the earlier report's file.
 */
public final class ReportWriter {
    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";

    private ReportWriter() {}

    /**
     * The report of {@code run} in {@code out}; {@code library} as for {@link HtmlReport#render}.
     *
     * @throws AtomicFiles.NotWritten when a file cannot be written (unwritable directory, full disk)
     */
    public static void write(RunHistory.Run run, Path out, String library) throws IOException {
        Files.createDirectories(out);
        Summary summary = run.summary();
        Set<String> charts = new LinkedHashSet<>();
        // Charts are drawn again from summary.json, like the tables, so a report shows them as this version draws them.
        for (Summary.StoryResult story : summary.stories()) {
            if (ScalingChart.drawable(story)) {
                AtomicFiles.write(inside(out, ScalingChart.fileName(story)), png -> ScalingChart.write(story, png));
                charts.add(ScalingChart.fileName(story));
            }
        }
        AtomicFiles.write(out.resolve(MARKDOWN), MarkdownReport.render(summary, charts).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve(HTML), HtmlReport.render(summary, library).getBytes(StandardCharsets.UTF_8));
        for (Export export : Export.ALL) {
            AtomicFiles.write(inside(out, export.fileName()), file -> export.write(summary, file));
        }
    }

    /** {@code out}'s file {@code name}, refused if the name (made from ids in the summary) would leave {@code out}. */
    static Path inside(Path out, String name) {
        Path file = out.resolve(name).normalize();
        if (!out.normalize().equals(file.getParent())) {
            throw new IllegalArgumentException("file name " + name + " from the summary is not a plain name");
        }
        return file;
    }
}
