package oxbench.compare;

import oxbench.results.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import oxbench.compare.RunComparison.Row;
import oxbench.compare.RunComparison.StoryComparison;
import oxbench.compare.RunComparison.Unmatched;
import oxbench.report.MarkdownReport;
import oxbench.report.Tables;

/** A comparison of two runs as Markdown, for a pull request or a migration proposal. */
final class ComparisonMarkdown {
    private static final List<String> HEADER =
            List.of("implementation", "BASE", "NEW", "NEW / BASE [interval]", "p", "samples", "change");

    private ComparisonMarkdown() {}

    static String render(RunComparison comparison) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(comparison.current().id()).append(" against ").append(comparison.base().id()).append("\n\n");
        md.append("BASE: ").append(describe(comparison.base())).append("  \n");
        md.append("NEW: ").append(describe(comparison.current())).append("\n\n");
        md.append(String.format(Locale.ROOT, "NEW / BASE is NEW's time over BASE's (above 1: NEW is slower), with the widest"
                + " ratio the two 99.9%% intervals allow; p is Welch's t-test on the raw samples (JMH's, or an external"
                + " driver's), all forks pooled."
                + " A row is a regression when p < %s and NEW is more than %s slower, an improvement when p < %s and NEW"
                + " is more than %s faster.%n%n", number(comparison.alpha()), Format.percent(comparison.threshold()),
                number(comparison.alpha()), Format.percent(comparison.threshold())));
        if (!comparison.warnings().isEmpty()) {
            md.append("**Warnings:**\n\n");
            comparison.warnings().forEach(warning -> md.append("- ").append(warning).append('\n'));
            md.append('\n');
        }
        for (StoryComparison story : comparison.stories()) {
            md.append("## ").append(story.story()).append(" (").append(story.unit()).append(")\n\n");
            if (story.rows().isEmpty()) {
                md.append("No implementation was measured in both runs.\n\n");
                continue;
            }
            md.append(MarkdownReport.table(HEADER, rows(story)));
            md.append("\nGeometric mean of NEW / BASE: ").append(ratio(story.geometricMean()))
                    .append(" over ").append(story.rows().size()).append(" implementation(s).\n\n");
        }
        if (!comparison.unmatched().isEmpty()) {
            md.append("## Not compared\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (Unmatched row : comparison.unmatched()) {
                rows.add(List.of(row.story(), row.impl(), orMissing(row.baseStatus()), orMissing(row.newStatus()), row.reason()));
            }
            md.append(MarkdownReport.table(List.of("story", "implementation", "BASE", "NEW", "why"), rows)).append('\n');
        }
        md.append(verdict(comparison)).append('\n');
        return md.toString();
    }

    private static List<List<String>> rows(StoryComparison story) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : story.rows()) {
            String interval = row.low() == null ? "" : " [" + ratio(row.low()) + ", " + ratio(row.high()) + "]";
            rows.add(List.of(
                    row.impl(),
                    Format.time(row.baseScore(), story.unit()),
                    Format.time(row.newScore(), story.unit()),
                    ratio(row.ratio()) + interval,
                    row.pValue() == null ? "-" : String.format(Locale.ROOT, "%.2g", row.pValue()),
                    row.baseSamples() + " / " + row.newSamples(),
                    row.change() == RunComparison.Change.REGRESSION ? "**regression**" : row.change().label()));
        }
        return rows;
    }

    private static String verdict(RunComparison comparison) {
        if (comparison.nothingCompared()) {
            return "**Nothing was compared**: no implementation was measured in both runs (see *Not compared*), so"
                    + " this says nothing about a regression.";
        }
        if (comparison.regressed()) {
            return "**" + comparison.regressions() + " regression(s)**, " + comparison.improvements() + " improvement(s).";
        }
        return "No regression; " + comparison.improvements() + " improvement(s).";
    }

    private static String describe(RunComparison.RunRef run) {
        return "`" + run.id() + "` (" + run.mode() + ", " + run.runtime() + ", git " + run.git() + ", started " + run.started() + ")";
    }

    /** Ratios near 1 need three decimals: 1.049x is within a 5% threshold, 1.05x would not say. */
    private static String ratio(Double value) {
        return value == null ? "inf" : String.format(Locale.ROOT, "%.3fx", value);
    }

    private static String number(double value) {
        return String.valueOf(value);
    }

    private static String orMissing(String status) {
        return status == null ? "missing" : status;
    }
}
