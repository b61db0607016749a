package oxbench.report;

import oxbench.results.Format;
import oxbench.results.Steadiness;

import static oxbench.report.HtmlPage.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import oxbench.env.BuildInfo;
import oxbench.history.RunHistory;
import oxbench.history.RunHistory.Run;
import oxbench.claims.ClaimResults;
import oxbench.results.AtomicFiles;
import oxbench.story.Stories;
import oxbench.results.Json;
import oxbench.report.Tables;
import oxbench.summary.Summary;

/**
 * A static, offline site over the run history: {@code index.html} with one trend chart per story and
 * implementation across runs (on a time axis with zoom, regressions marked, each point linking to its
 * run's report), a table of the latest run against the previous comparable one, and every run's report
 * under {@code runs/<id>/}. ECharts is written once, as {@code echarts.min.js}, beside the pages.
 *
 * <p>Built incrementally, so that years of nightly runs stay cheap: a run's pages are written once and
 * again only when its summary.json or the code that draws them changes (both recorded in
 * {@value #MANIFEST}); the index holds no chart data, each story's trends are in {@code data/<story>.js},
 * which the page loads when the story comes into view.
 */
public final class Dashboard {
    public static final String INDEX = "index.html";
    public static final String LIBRARY = "echarts.min.js";
    /** What this site holds and how each run's pages were drawn; also marks the directory as a dashboard. */
    public static final String MANIFEST = ".oxbench-dashboard.json";
    static final String DATA = "data";
    static final String RUNS = "runs";

    /**
     * The resources whose bytes decide how a run's pages look and what is kept of it (and the reader that
     * checked it): any change reads and draws every run again. With these, the classes of every registered
     * claim kind's outcome, whose {@code present()} draws the claims of a run read in an older format.
     */
    static final List<String> DRAWING_CODE = List.of("oxbench/report/charts.js", "oxbench/report/HtmlReport.class",
            "oxbench/report/HtmlPage.class", "oxbench/report/ChartData.class", "oxbench/report/ReportWriter.class",
            "oxbench/report/MarkdownReport.class", "oxbench/report/ScalingChart.class", "oxbench/report/Tables.class",
            "oxbench/report/ConsoleTable.class", "oxbench/results/Format.class", "oxbench/results/Steadiness.class", "oxbench/summary/Table.class",
            "oxbench/summary/ClaimResult.class", "oxbench/claims/ClaimResults.class",
            "oxbench/report/Export.class", "oxbench/report/CsvExport.class", "oxbench/report/BencherExport.class",
            "oxbench/report/GithubActionBenchmarkExport.class", "oxbench/report/RunDigest.class",
            "oxbench/history/RunHistory.class");

    /** {@link #DRAWING_CODE} and the class files of every registered claim kind (its outcome and its rule). */
    static List<String> drawingCode() {
        List<String> resources = new java.util.ArrayList<>(DRAWING_CODE);
        for (Class<?> outcome : ClaimResults.kinds(Stories.all()).values()) {
            for (Class<?> type = outcome; type != null; type = type.getEnclosingClass()) {
                resources.add(type.getName().replace('.', '/') + ".class");
            }
        }
        return resources;
    }

    /** One measurement of a story's implementation in one run. */
    private record Measurement(RunDigest run, RunDigest.StoryDigest story, RunDigest.Row impl) {
        /** Runs are compared only within one mode (full/quick), guest runtime and input. */
        String series() {
            return run.mode() + ", " + impl.runtimeMode() + ", input " + story.input();
        }
    }

    /**
     * {@value #MANIFEST}: per run directory (its name under results/), the digest of the summary its
     * pages were drawn from, by what code, and what the index needs of it.
     */
    record Manifest(int format, Map<String, Drawn> runs) {
        static final int FORMAT = 2;
    }

    /** How one run's pages were made, and its digest for the index. */
    record Drawn(String summary, String drawnBy, RunDigest run) {}

    /** A run directory to put on the site: its summary's digest, and the run if already read. */
    private record Source(String dir, Path path, String summary, Run read) {}

    /** Data files are read by the browser only: no indentation. */
    private static final ObjectMapper COMPACT = Json.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

    private Dashboard() {}

    /**
     * What the build did: runs on the site, run reports drawn now, pages of runs gone from the history
     * removed, one line per run whose report could not be drawn (tried again next time), and how many
     * run directories were skipped as unreadable (listed on the index).
     */
    public record Written(int runs, int redrawn, int removed, List<String> undrawn, int unreadable) {}

    /**
     * Brings the site in {@code out} up to date with every run under {@code history}'s results: only the
     * summaries that are new or changed since the last build (or drawn by other code) are read and drawn.
     *
     * @throws NoRun when no run can be read; nothing is written then
     */
    public static Written write(RunHistory history, Path out) throws IOException {
        List<Source> sources = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path dir : history.runDirectories()) {
            Path summary = dir.resolve(Summary.FILE_NAME);
            try {
                sources.add(new Source(dir.getFileName().toString(), dir, digest(Files.readAllBytes(summary)), null));
            } catch (IOException e) {
                unreadable.add(summary + " cannot be read: " + e.getMessage());
            }
        }
        return build(sources, unreadable, out);
    }

    /**
     * Writes or brings up to date the site of {@code runs}, already read (at least one), in {@code out}.
     *
     * @param unreadable one line per run directory left out because its summary could not be read
     */
    public static Written write(List<Run> runs, List<String> unreadable, Path out) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (Run run : runs) {
            sources.add(new Source(run.dir().getFileName().toString(), run.dir(),
                    digest(Files.readAllBytes(run.dir().resolve(Summary.FILE_NAME))), run));
        }
        return build(sources, new ArrayList<>(unreadable), out);
    }

    /** No run under results/ could be read: {@code unreadable} says why, one line per directory. */
    public static final class NoRun extends IOException {
        private final List<String> unreadable;

        NoRun(List<String> unreadable) {
            super("no readable run");
            this.unreadable = List.copyOf(unreadable);
        }

        public List<String> unreadable() {
            return unreadable;
        }
    }

    /** What the first pass learnt of one run directory: its digest, or why it cannot be read. */
    private record Scanned(Source source, RunDigest digest, boolean draw, String unreadable) {}

    private static Written build(List<Source> sources, List<String> unreadable, Path out) throws IOException {
        Path manifestFile = out.resolve(MANIFEST);
        Manifest before = readManifest(manifestFile);
        String drawnBy = drawnBy();
        // First pass, in parallel: a summary is read only when new or changed; the run is not kept (a
        // thousand parsed runs would fill the heap), the drawing pass reads the few it draws again.
        List<Scanned> scanned = sources.parallelStream().map(source -> {
            Drawn cached = before.runs().get(source.dir());
            if (cached != null && source.summary().equals(cached.summary()) && drawnBy.equals(cached.drawnBy())) {
                // The same bytes, read and checked by the same code before (and the entry checked again on reading the manifest).
                return new Scanned(source, cached.run(),
                        !Files.isRegularFile(runPages(out, cached.run().id()).resolve(ReportWriter.HTML)), null);
            }
            try {
                return new Scanned(source, RunDigest.of(source.read() != null ? source.read() : RunHistory.read(source.path())),
                        true, null);
            } catch (IllegalArgumentException e) {
                return new Scanned(source, null, false, e.getMessage());
            }
        }).toList();
        Map<String, Drawn> drawn = new TreeMap<>();
        Map<String, Source> toDraw = new LinkedHashMap<>();
        Map<String, String> dirOfId = new LinkedHashMap<>();
        for (Scanned scan : scanned) {
            Source source = scan.source();
            if (scan.unreadable() != null) {
                unreadable.add(scan.unreadable());
                continue;
            }
            String other = dirOfId.putIfAbsent(scan.digest().id(), source.dir());
            if (other != null) {
                unreadable.add(source.path() + ": run id " + scan.digest().id() + " is also the id of the run in " + other
                        + " (a copied run?)");
                continue;
            }
            if (scan.draw()) {
                toDraw.put(source.dir(), source);
            }
            drawn.put(source.dir(), new Drawn(source.summary(), drawnBy, scan.digest()));
        }
        if (drawn.isEmpty()) {
            throw new NoRun(unreadable);
        }
        Files.createDirectories(out);
        if (!Files.exists(manifestFile)) {
            writeManifest(manifestFile, new Manifest(Manifest.FORMAT, Map.of()));   // marks the directory as ours at once
        }
        writeIfChanged(out.resolve(LIBRARY), ChartLibrary.library());

        // The first build draws hundreds of runs: in parallel, each into its own directory. A run whose
        // report cannot be drawn costs its own pages only, never the index of the others.
        String library = HtmlPage.linkedLibrary("../../" + LIBRARY);
        Map<String, String> undrawn = new ConcurrentSkipListMap<>();
        toDraw.entrySet().parallelStream().forEach(entry -> {
            String id = drawn.get(entry.getKey()).run().id();
            try {
                Run run = entry.getValue().read() != null ? entry.getValue().read() : RunHistory.read(entry.getValue().path());
                ReportWriter.write(run, runPages(out, id), library);
            } catch (IOException | RuntimeException e) {
                undrawn.put(entry.getKey(), "run " + id + ": its report could not be drawn: " + e);
            }
        });
        int removed = 0;
        Set<String> ids = new HashSet<>(dirOfId.keySet());
        for (Drawn gone : before.runs().values()) {
            if (gone.run() != null && !ids.contains(gone.run().id()) && Files.isDirectory(runPages(out, gone.run().id()))) {
                deleteTree(runPages(out, gone.run().id()));
                removed++;
            }
        }
        List<RunDigest> runs = drawn.values().stream().map(Drawn::run)
                .sorted(Comparator.comparing(RunDigest::started).thenComparing(RunDigest::id)).toList();
        List<String> skipped = new ArrayList<>(unreadable);
        skipped.addAll(undrawn.values());
        Page index = render(runs, skipped);
        Path data = Files.createDirectories(out.resolve(DATA));
        for (Map.Entry<String, String> file : index.data().entrySet()) {
            writeIfChanged(ReportWriter.inside(data, file.getKey()), file.getValue());
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.filter(file -> !index.data().containsKey(file.getFileName().toString())).toList()) {
                Files.deleteIfExists(file);
            }
        }
        writeIfChanged(out.resolve(INDEX), index.html());
        drawn.keySet().removeAll(undrawn.keySet());   // tried again next time
        writeManifest(manifestFile, new Manifest(Manifest.FORMAT, drawn));
        return new Written(runs.size(), toDraw.size() - undrawn.size(), removed, List.copyOf(undrawn.values()), unreadable.size());
    }

    /** The pages of run {@code id}, inside {@code out} whatever the id (ids are checked when a summary is read). */
    private static Path runPages(Path out, String id) {
        Path runs = out.resolve(RUNS);
        Path dir = runs.resolve(id).normalize();
        if (!dir.getParent().equals(runs.normalize())) {
            throw new IllegalArgumentException("run id " + id + " is not a plain name");
        }
        return dir;
    }

    /** The manifest's usable entries: one that is not whole or fails {@link #usable} is a cache miss, its run read again. */
    private static Manifest readManifest(Path file) {
        try {
            Manifest manifest = Json.MAPPER.readValue(file.toFile(), Manifest.class);
            if (manifest.format() == Manifest.FORMAT && manifest.runs() != null) {
                Map<String, Drawn> usable = new HashMap<>();
                manifest.runs().forEach((dir, drawn) -> {
                    if (usable(drawn)) {
                        usable.put(dir, drawn);
                    }
                });
                return new Manifest(Manifest.FORMAT, usable);
            }
        } catch (IOException e) {
            // None yet, or unreadable: every run is drawn again.
        }
        return new Manifest(Manifest.FORMAT, Map.of());
    }

    /**
     * Whether a manifest entry may stand in for reading its summary: the manifest is a file anyone can edit,
     * and its ids become file names, so its digest gets the checks a summary gets when read.
     */
    private static boolean usable(Drawn drawn) {
        return drawn != null && drawn.summary() != null && drawn.drawnBy() != null && drawn.run() != null
                && drawn.run().problem() == null;
    }

    private static void writeManifest(Path file, Manifest manifest) throws IOException {
        AtomicFiles.write(file, COMPACT.writeValueAsBytes(manifest));
    }

    /** Leaves a file that already holds {@code text} alone: an unchanged site is not rewritten every night. */
    private static void writeIfChanged(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        AtomicFiles.write(file, bytes);
    }

    /** The oxbench version and a digest of the code that draws a run's pages. */
    static String drawnBy() {
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        for (String resource : drawingCode()) {
            try (InputStream in = Dashboard.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the drawing code " + resource + " is not in oxbench's jar");
                }
                in.transferTo(code);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return BuildInfo.version() + "+" + digest(code.toByteArray()).substring(0, 16);
    }

    /** SHA-256 of {@code bytes} as lowercase hex. */
    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The index page and its data files (file name to content). */
    record Page(String html, Map<String, String> data) {}

    static Page render(List<RunDigest> runs, List<String> unreadable) {
        Map<String, Map<String, List<Measurement>>> byStory = new LinkedHashMap<>();
        for (RunDigest run : runs) {
            for (RunDigest.StoryDigest story : run.stories()) {
                for (RunDigest.Row impl : story.implementations()) {
                    if (impl.measured()) {
                        byStory.computeIfAbsent(story.story(), id -> new LinkedHashMap<>())
                                .computeIfAbsent(impl.impl(), id -> new ArrayList<>()).add(new Measurement(run, story, impl));
                    }
                }
            }
        }
        StringBuilder html = new StringBuilder("<h1>oxbench dashboard</h1>\n");
        html.append("<p>").append(runs.size()).append(" run(s), from ").append(escape(runs.getFirst().id())).append(" to ")
                .append(escape(runs.getLast().id())).append("; ").append(unreadable.size())
                .append(" run director").append(unreadable.size() == 1 ? "y" : "ies").append(" skipped (unreadable summary.json, or a report that could not be drawn).</p>\n");
        if (!unreadable.isEmpty()) {
            html.append("<details><summary>skipped</summary><ul>\n");
            unreadable.forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
            html.append("</ul></details>\n");
        }
        html.append("<h2>Latest run against the previous one</h2>\n").append(latest(runs.getLast(), byStory));
        html.append("<p>A <span class=\"regression\">regression</span> is a run whose 99.9% interval lies entirely above the"
                + " previous comparable run's and whose mean is more than ").append(Math.round(Change.THRESHOLD * 100))
                .append("% slower (an improvement: the same, faster). Runs are comparable when they have the same mode"
                        + " (full or quick), guest runtime and input; each combination is its own line in the charts."
                        + " Each chart shows the latest runs: drag its slider, or turn the mouse wheel over it, to see"
                        + " the whole history.</p>\n");
        Map<String, String> data = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, Map<String, List<Measurement>>> story : byStory.entrySet()) {
            String file = story.getKey() + ".js";
            List<ChartData.Trend> trends = new ArrayList<>();
            html.append("<h2>").append(escape(story.getKey())).append("</h2>\n<div class=\"trends\" data-charts=\"")
                    .append(escape(DATA + "/" + file)).append("\">\n");
            for (Map.Entry<String, List<Measurement>> impl : story.getValue().entrySet()) {
                ChartData.Trend trend = trend(story.getKey(), impl.getKey(), impl.getValue(), index++);
                trends.add(trend);
                html.append(HtmlPage.chart(trend, "trend"));
            }
            html.append("</div>\n");
            data.put(file, "oxbenchCharts.add(" + json(trends) + ");\n");
        }
        html.append("<h2>Runs</h2>\n").append(HtmlPage.table(List.of("run", "started", "mode", "runtime", "git", "complete", "stories"),
                runs.reversed().stream().map(run -> List.of(run.id(), run.started(), String.valueOf(run.mode()),
                        String.valueOf(run.runtime()), String.valueOf(run.git()), String.valueOf(run.complete()),
                        String.join(", ", run.stories().stream().map(RunDigest.StoryDigest::story).toList()))).toList())
                .replaceAll("<tr><td>([A-Za-z0-9._@+-]+)</td>", "<tr><td><a href=\"runs/$1/report.html\">$1</a></td>"));
        html.append("<p>Charts drawn with Apache ECharts ").append(escape(ChartLibrary.version()))
                .append("; click a point to open its run's report.</p>\n");
        return new Page(HtmlPage.page("oxbench dashboard", html.toString(), List.of(), HtmlPage.linkedLibrary(LIBRARY)), data);
    }

    private static String json(Object value) {
        try {
            return HtmlPage.scriptSafe(COMPACT.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChartData.Trend trend(String story, String impl, List<Measurement> measurements, int index) {
        ChartData.Unit unit = ChartData.unit(measurements.getFirst().story().unit(),
                measurements.stream().map(m -> m.impl().score()).toList());
        Map<String, List<ChartData.TrendPoint>> series = new LinkedHashMap<>();
        Map<String, Measurement> previous = new LinkedHashMap<>();
        List<ChartData.TrendPoint> regressions = new ArrayList<>();
        for (Measurement m : measurements) {
            String id = m.run().id();
            long time = Instant.parse(m.run().started()).toEpochMilli();
            String label = "run " + id + " (git " + m.run().git() + ")"
                    + (m.impl().flagged() ? ": below resolution, measures nothing (" + m.impl().belowResolution() + ")" : "")
                    + Steadiness.besideNumber(m.impl().steadyClass(), m.impl().consistent());
            ChartData.TrendPoint point = unit.trendPoint(time, id, m.impl().score(), m.impl().ciLow(), m.impl().ciHigh(), label);
            series.computeIfAbsent(m.series(), key -> new ArrayList<>()).add(point);
            Measurement before = previous.put(m.series(), m);
            // A score below resolution is never compared: it measures nothing, whatever its interval says.
            if (before != null && !before.impl().flagged() && !m.impl().flagged()
                    && Change.of(before.impl(), m.impl()) == Change.REGRESSION) {
                regressions.add(unit.trendPoint(time, id, m.impl().score(), m.impl().ciLow(), m.impl().ciHigh(),
                        label + ": regression against run " + before.run().id()));
            }
        }
        return new ChartData.Trend("trend-" + index, "trend", story + " / " + impl + " (99.9% error bars)", unit.label(),
                series.entrySet().stream().map(e -> new ChartData.TrendSeries(e.getKey(), e.getValue())).toList(), regressions);
    }

    /**
     * A measured row's time with its relative error, or flagged (and not divided by) when below resolution;
     * with its class when it is not steady or its forks disagree ("5.8 ms ±3.0%, no steady state").
     */
    private static String time(RunDigest.Row row, String unit) {
        return Format.time(row.score(), unit) + (row.flagged() ? " [below resolution]"
                : " ±" + Format.percent(row.error() == null ? 0 : row.error() / row.score()))
                + Steadiness.besideNumber(row.steadyClass(), row.consistent());
    }

    /** Each implementation of the latest run against its previous comparable run. */
    private static String latest(RunDigest latest, Map<String, Map<String, List<Measurement>>> byStory) {
        List<List<String>> rows = new ArrayList<>();
        for (RunDigest.StoryDigest story : latest.stories()) {
            for (RunDigest.Row impl : story.implementations()) {
                if (!impl.measured()) {
                    rows.add(List.of(story.story(), impl.impl(), "-", "-", impl.status(), "-", "not measured"));
                    continue;
                }
                List<Measurement> history = byStory.get(story.story()).get(impl.impl());
                Measurement now = history.stream().filter(m -> m.run() == latest).findFirst().orElseThrow();
                Measurement before = null;
                for (Measurement m : history) {
                    if (m.run() != latest && m.series().equals(now.series())) {
                        before = m;
                    }
                }
                String latestTime = time(impl, story.unit());
                if (impl.flagged()) {
                    rows.add(List.of(story.story(), impl.impl(), before == null ? "-" : before.run().id(),
                            before == null ? "-" : time(before.impl(), story.unit()), latestTime, "-",
                            "no ratio: below resolution (" + impl.belowResolution() + ")"));
                    continue;
                }
                if (before == null) {
                    rows.add(List.of(story.story(), impl.impl(), "-", "-", latestTime, "-", "first comparable run"));
                    continue;
                }
                RunDigest.Row old = before.impl();
                if (old.flagged()) {
                    rows.add(List.of(story.story(), impl.impl(), before.run().id(), time(old, story.unit()), latestTime, "-",
                            "no ratio: the previous score is below resolution (" + old.belowResolution() + ")"));
                    continue;
                }
                rows.add(List.of(story.story(), impl.impl(), before.run().id(), time(old, story.unit()), latestTime,
                        String.format(Locale.ROOT, "%+.1f%%", (impl.score() / old.score() - 1) * 100),
                        Change.of(old, impl).label()));
            }
        }
        return "<p>Latest run: <a href=\"runs/" + escape(latest.id()) + "/report.html\">" + escape(latest.id()) + "</a></p>\n"
                + HtmlPage.table(List.of("story", "implementation", "previous run", "previous time", "latest time", "change",
                        "verdict"), rows).replace("<td>regression</td>", "<td class=\"regression\">regression</td>");
    }
}
