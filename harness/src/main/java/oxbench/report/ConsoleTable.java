package oxbench.report;

import oxbench.results.Format;

import oxbench.summary.Summary;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import oxbench.summary.Table;

/** The run's tables as aligned plain text for the terminal. */
public final class ConsoleTable {
    private ConsoleTable() {}

    public static void print(Summary summary, PrintStream out) {
        RunInfo run = summary.run();
        out.printf("%nRun %s (%s, guest runtime: %s, %s) on %s, %d cores%n", run.id(), run.mode(), run.runtime(),
                run.engine(), run.cpu(), run.cores());
        for (StoryResult story : summary.stories()) {
            out.printf("%n%s: %s%n", story.story(), story.title());
            out.print(render(Tables.resultHeader(story), Tables.results(story)));
            Tables.steadiness(story).forEach(line -> out.println("  " + line));
            if (Tables.notRun(story) != null) {
                out.println("  " + Tables.notRun(story));
            }
            for (Table table : Tables.claimTables(story)) {
                out.printf("%n%s%n", table.title());
                if (table.intro() != null) {
                    out.printf("  %s%n", table.intro());
                }
                out.print(render(table.header(), table.rows()));
                table.footnotes().forEach(line -> out.println("  " + line));
            }
            if (!story.comparisons().isEmpty()) {
                out.println();
                out.print(render(Tables.COMPARISON_HEADER, Tables.comparisons(story)));
            }
            List<List<String>> observed = Tables.observed(story);
            if (!observed.isEmpty()) {
                out.println();
                out.print(render(Tables.OBSERVED_HEADER, observed));
            }
            if (story.scaling() != null) {
                out.printf("%nScaling (time per %s):%n", Format.unitOfWork(story.unit()));
                out.print(render(Tables.scalingHeader(story), Tables.scaling(story)));
            }
            List<List<String>> forks = Tables.forks(story);
            if (!forks.isEmpty()) {
                out.printf("%nWhat the forks ran (per fork; a score is the mean of its steady iterations):%n");
                out.print(render(Tables.FORKS_HEADER, forks));
            }
            story.implementations().stream()
                    .filter(impl -> impl.message() != null)
                    .forEach(impl -> out.printf("  %s %s: %s%n", impl.impl(), impl.status(), impl.message()));
            Tables.belowResolution(story).forEach(line -> out.println("  " + line));
            Tables.claimWarnings(story).forEach(line -> out.println("  warning: " + line));
        }
    }

    /** Left-aligned columns separated by two spaces, header underlined. */
    static String render(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append("  ").append(String.format("%-" + widths[i] + "s", row.get(i)));
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int width : widths) {
                    rule.append("  ").append("-".repeat(width));
                }
                text.append(rule).append('\n');
            }
        }
        return text.toString();
    }
}
