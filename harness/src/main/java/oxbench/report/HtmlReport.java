package oxbench.report;

import static oxbench.report.HtmlPage.escape;
import static oxbench.report.HtmlPage.table;

import java.util.ArrayList;
import java.util.List;
import oxbench.report.MarkdownReport;
import oxbench.summary.Summary;
import oxbench.summary.Table;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import oxbench.report.Tables;

/**
 * {@code report.html}: the same tables, verdicts and metadata as report.md (from {@link Tables}),
 * with a bar chart per story and a log-log chart per scaling table. Derived from the summary alone.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** The page of {@code summary}; {@code library} is {@link HtmlPage#inlineLibrary()} or a link to it. */
    public static String render(Summary summary, String library) {
        RunInfo run = summary.run();
        List<ChartData.Chart> charts = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        html.append("<h1>oxbench run ").append(escape(run.id())).append("</h1>\n");
        if (!run.complete()) {
            html.append("<p class=\"note\"><b>Incomplete run</b>: it stopped before every story was measured.</p>\n");
        }
        if (!run.jit()) {
            html.append("<p class=\"note\"><b>Interpreter mode</b>: guest code ran without the optimizing JIT; these numbers"
                    + " are the interpreter baseline, not what the code costs in production.</p>\n");
        }
        for (StoryResult story : summary.stories()) {
            story(story, html, charts);
        }
        html.append("<h2>Run</h2>\n").append(table(List.of("", ""), Tables.runFacts(run)));
        html.append("<p>Charts drawn with Apache ECharts ").append(escape(ChartLibrary.version())).append(".</p>\n");
        return HtmlPage.page("oxbench run " + run.id(), html.toString(), charts, library);
    }

    private static void story(StoryResult story, StringBuilder html, List<ChartData.Chart> charts) {
        html.append("<h2>").append(escape(story.story() + ": " + story.title())).append("</h2>\n");
        if (story.implementations().stream().anyMatch(ImplementationResult::measured)) {
            ChartData.Bars bars = ChartData.bars(story, "bars-" + story.story());
            charts.add(bars);
            html.append(HtmlPage.chart(bars, "chart"));
        }
        html.append(table(Tables.resultHeader(story), Tables.results(story)));
        html.append("<p>").append(escape(Tables.scoresSentence(story))).append("</p>\n");
        if (Tables.notRun(story) != null) {
            html.append("<p>").append(escape(Tables.notRun(story))).append("</p>\n");
        }
        List<ImplementationResult> problems = story.implementations().stream().filter(impl -> impl.message() != null).toList();
        List<String> steadiness = Tables.steadiness(story);
        if (!problems.isEmpty() || !steadiness.isEmpty()) {
            html.append("<ul>\n");
            problems.forEach(impl -> html.append("<li><b>").append(escape(impl.impl())).append("</b> ")
                    .append(escape(impl.status().label())).append(": ").append(escape(impl.message())).append("</li>\n"));
            steadiness.forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        List<String> warnings = Tables.claimWarnings(story);
        if (!warnings.isEmpty()) {
            html.append("<ul>\n");
            warnings.forEach(line -> html.append("<li><b>warning:</b> ").append(escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        for (Table claims : Tables.claimTables(story)) {
            html.append("<h3>").append(escape(claims.title())).append("</h3>\n");
            claims.quotes().forEach(quote -> html.append("<blockquote>").append(escape(quote)).append("</blockquote>\n"));
            String intro = MarkdownReport.sentence(claims.intro());
            if (!intro.isEmpty()) {
                html.append("<p>").append(escape(intro)).append("</p>\n");
            }
            html.append(table(claims.header(), claims.rows()));
            claims.notes().forEach(note -> html.append("<p>").append(escape(note.replace("*", ""))).append("</p>\n"));
            claims.footnotes().forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
        }
        List<List<String>> observed = Tables.observed(story);
        if (!observed.isEmpty()) {
            html.append("<h3>Observed per event</h3>\n").append(table(Tables.OBSERVED_HEADER, observed));
        }
        if (!story.comparisons().isEmpty()) {
            html.append("<h3>What one difference costs</h3>\n").append(table(Tables.COMPARISON_HEADER, Tables.comparisons(story)));
        }
        if (story.scaling() != null) {
            html.append("<h3>Scaling</h3>\n").append(table(Tables.scalingHeader(story), Tables.scaling(story)));
            ChartData.Scaling scaling = ChartData.scaling(story, "scaling-" + story.story());
            if (scaling != null) {
                charts.add(scaling);
                html.append(HtmlPage.chart(scaling, "chart"));
            }
        }
        if (story.plan() != null) {
            html.append("<p>").append(escape(Tables.measuredWith(story))).append("</p>\n");
            List<List<String>> forks = Tables.forks(story);
            if (!forks.isEmpty()) {
                html.append(table(Tables.FORKS_HEADER, forks));
            }
        }
    }
}
