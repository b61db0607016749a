package oxbench.report;

import static oxbench.report.HtmlPage.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import oxbench.history.RunHistory.Run;
import oxbench.results.Summary.ImplementationResult;
import oxbench.results.Summary.StoryResult;
import oxbench.results.Tables;

/**
 * A static, offline site over the run history: {@code index.html} with one trend chart per story and
 * implementation across runs (regressions marked, each point linking to its run's report), a table
 * of the latest run against the previous comparable one, and every run's report under
 * {@code runs/<id>/}. ECharts is written once, as {@code echarts.min.js}, beside the pages.
 */
public final class Dashboard {
    public static final String INDEX = "index.html";
    public static final String LIBRARY = "echarts.min.js";

    /** One measurement of a story's implementation in one run. */
    private record Measurement(Run run, StoryResult story, ImplementationResult impl) {
        /** Runs are compared only within one mode (full/quick), guest runtime and input. */
        String series() {
            Map<?, ?> input = story.input() instanceof Map<?, ?> map ? map : Map.of();
            return run.summary().run().mode() + ", " + impl.runtimeMode() + ", input "
                    + String.format(Locale.ROOT, "%08x", Objects.hashCode(input));
        }
    }

    private Dashboard() {}

    /**
     * Writes the site of {@code runs} (oldest first, at least one) into {@code out}.
     *
     * @param unreadable one line per run directory left out because its summary could not be read
     */
    public static void write(List<Run> runs, List<String> unreadable, Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve(LIBRARY), ChartLibrary.library(), StandardCharsets.UTF_8);
        for (Run run : runs) {
            ReportWriter.write(run, out.resolve("runs").resolve(run.id()), HtmlPage.linkedLibrary("../../" + LIBRARY));
        }
        Files.writeString(out.resolve(INDEX), render(runs, unreadable), StandardCharsets.UTF_8);
    }

    static String render(List<Run> runs, List<String> unreadable) {
        Map<String, Map<String, List<Measurement>>> byStory = new LinkedHashMap<>();
        for (Run run : runs) {
            for (StoryResult story : run.summary().stories()) {
                for (ImplementationResult impl : story.implementations()) {
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
                .append(" run director").append(unreadable.size() == 1 ? "y" : "ies").append(" skipped (unreadable summary.json).</p>\n");
        if (!unreadable.isEmpty()) {
            html.append("<details><summary>skipped</summary><ul>\n");
            unreadable.forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
            html.append("</ul></details>\n");
        }
        html.append("<h2>Latest run against the previous one</h2>\n").append(latest(runs.getLast(), byStory));
        html.append("<p>A <span class=\"regression\">regression</span> is a run whose 99.9% interval lies entirely above the"
                + " previous comparable run's and whose mean is more than ").append(Math.round(Change.THRESHOLD * 100))
                .append("% slower (an improvement: the same, faster). Runs are comparable when they have the same mode"
                        + " (full or quick), guest runtime and input; each combination is its own line in the charts.</p>\n");
        List<ChartData.Chart> charts = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Measurement>>> story : byStory.entrySet()) {
            html.append("<h2>").append(escape(story.getKey())).append("</h2>\n");
            for (Map.Entry<String, List<Measurement>> impl : story.getValue().entrySet()) {
                ChartData.Trend trend = trend(story.getKey(), impl.getKey(), impl.getValue(), charts.size());
                charts.add(trend);
                html.append(HtmlPage.chart(trend, "trend"));
            }
        }
        html.append("<h2>Runs</h2>\n").append(HtmlPage.table(List.of("run", "started", "mode", "runtime", "git", "complete", "stories"),
                runs.reversed().stream().map(run -> List.of(run.id(), run.summary().run().started(), run.summary().run().mode(),
                        run.summary().run().runtime(), String.valueOf(run.summary().run().git()),
                        String.valueOf(run.summary().run().complete()),
                        String.join(", ", run.summary().stories().stream().map(StoryResult::story).toList()))).toList())
                .replaceAll("<td>([0-9]{8}-[0-9]{6}(?:-[0-9]+)?)</td>", "<td><a href=\"runs/$1/report.html\">$1</a></td>"));
        html.append("<p>Charts drawn with Apache ECharts ").append(escape(ChartLibrary.version()))
                .append("; click a point to open its run's report.</p>\n");
        return HtmlPage.page("oxbench dashboard", html.toString(), charts, HtmlPage.linkedLibrary(LIBRARY));
    }

    private static ChartData.Trend trend(String story, String impl, List<Measurement> measurements, int index) {
        ChartData.Unit unit = ChartData.unit(measurements.getFirst().story().unit(),
                measurements.stream().map(m -> m.impl().score()).toList());
        Set<String> runIds = new LinkedHashSet<>();
        Map<String, List<ChartData.Point>> series = new LinkedHashMap<>();
        Map<String, Measurement> previous = new LinkedHashMap<>();
        List<ChartData.Point> regressions = new ArrayList<>();
        Map<String, String> hrefs = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            String id = m.run().id();
            runIds.add(id);
            hrefs.put(id, "runs/" + id + "/" + ReportWriter.HTML);
            String label = "run " + id + " (git " + m.run().summary().run().git() + ")";
            ChartData.Point point = unit.point(id, m.impl().score(), m.impl().ciLow(), m.impl().ciHigh(), label);
            series.computeIfAbsent(m.series(), key -> new ArrayList<>()).add(point);
            Measurement before = previous.put(m.series(), m);
            if (before != null && Change.of(before.impl(), m.impl()) == Change.REGRESSION) {
                regressions.add(unit.point(id, m.impl().score(), m.impl().ciLow(), m.impl().ciHigh(),
                        label + ": regression against run " + before.run().id()));
            }
        }
        return new ChartData.Trend("trend-" + index, "trend", story + " / " + impl + " (99.9% error bars)", unit.label(),
                List.copyOf(runIds), series.entrySet().stream().map(e -> new ChartData.Series(e.getKey(), e.getValue())).toList(),
                regressions, hrefs);
    }

    /** Each implementation of the latest run against its previous comparable run. */
    private static String latest(Run latest, Map<String, Map<String, List<Measurement>>> byStory) {
        List<List<String>> rows = new ArrayList<>();
        for (StoryResult story : latest.summary().stories()) {
            for (ImplementationResult impl : story.implementations()) {
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
                String latestTime = Tables.time(impl.score(), story.unit()) + " ±" + Tables.percent(impl.error() == null ? 0 : impl.error() / impl.score());
                if (before == null) {
                    rows.add(List.of(story.story(), impl.impl(), "-", "-", latestTime, "-", "first comparable run"));
                    continue;
                }
                ImplementationResult old = before.impl();
                rows.add(List.of(story.story(), impl.impl(), before.run().id(),
                        Tables.time(old.score(), story.unit()) + " ±" + Tables.percent(old.error() == null ? 0 : old.error() / old.score()),
                        latestTime,
                        String.format(Locale.ROOT, "%+.1f%%", (impl.score() / old.score() - 1) * 100),
                        Change.of(old, impl).label()));
            }
        }
        return "<p>Latest run: <a href=\"runs/" + escape(latest.id()) + "/report.html\">" + escape(latest.id()) + "</a></p>\n"
                + HtmlPage.table(List.of("story", "implementation", "previous run", "previous time", "latest time", "change",
                        "verdict"), rows).replace("<td>regression</td>", "<td class=\"regression\">regression</td>");
    }
}
