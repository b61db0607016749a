package oxbench.report;

import oxbench.results.Format;

import oxbench.summary.Summary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import oxbench.summary.Table;

/** {@code report.md}: the run's tables, verdicts and metadata, derived from the summary alone. */
public final class MarkdownReport {
    private MarkdownReport() {}

    /** The report of {@code summary}, without charts. */
    public static String render(Summary summary) {
        return render(summary, Set.of());
    }

    /**
     * The report of {@code summary}.
     *
     * @param charts the chart files written beside it (see {@link ScalingChart#fileName}), to link
     */
    public static String render(Summary summary, Set<String> charts) {
        RunInfo run = summary.run();
        StringBuilder md = new StringBuilder();
        md.append("# oxbench run ").append(text(run.id())).append("\n\n");
        if (!run.complete()) {
            md.append("> **Incomplete run**: it stopped before every story was measured.\n\n");
        }
        if (!run.jit()) {
            md.append("> **Interpreter mode**: guest code (GraalPy, GraalWasm) ran without the optimizing JIT;"
                    + " these numbers are the interpreter baseline, not what the code costs in production.\n\n");
        }
        for (StoryResult story : summary.stories()) {
            md.append("## ").append(text(story.story())).append(": ").append(text(story.title())).append("\n\n");
            md.append(table(Tables.resultHeader(story), Tables.results(story))).append('\n');
            md.append(text(Tables.scoresSentence(story))).append("\n\n");
            if (Tables.notRun(story) != null) {
                md.append(text(Tables.notRun(story))).append("\n\n");
            }
            List<ImplementationResult> problems = story.implementations().stream()
                    .filter(impl -> impl.message() != null)
                    .toList();
            for (ImplementationResult impl : problems) {
                md.append("- **").append(text(impl.impl())).append("** ").append(text(impl.status().label())).append(": ")
                        .append(text(impl.message())).append('\n');
            }
            Tables.belowResolution(story).forEach(line -> md.append("- **").append(text(line).replaceFirst(": ", ":** ")).append('\n'));
            Tables.steadiness(story).forEach(line -> md.append("- ").append(text(line)).append('\n'));
            if (!problems.isEmpty() || !Tables.belowResolution(story).isEmpty() || !Tables.steadiness(story).isEmpty()) {
                md.append('\n');
            }
            Tables.claimWarnings(story).forEach(line -> md.append("- **warning:** ").append(text(line)).append('\n'));
            if (!Tables.claimWarnings(story).isEmpty()) {
                md.append('\n');
            }
            for (Table table : Tables.claimTables(story)) {
                md.append("### ").append(text(table.title())).append("\n\n");
                table.quotes().forEach(quote -> md.append("> ").append(text(quote)).append("\n\n"));
                if (!sentence(table.intro()).isEmpty()) {
                    md.append(text(sentence(table.intro()))).append("\n\n");
                }
                md.append(table(table.header(), table.rows())).append('\n');
                if (!table.notes().isEmpty()) {
                    md.append(text(String.join(" ", table.notes()))).append("\n\n");
                }
                table.footnotes().forEach(line -> md.append(text(line)).append("\n\n"));
            }
            List<List<String>> observed = Tables.observed(story);
            if (!observed.isEmpty()) {
                md.append("### Observed per event\n\n");
                md.append(table(Tables.OBSERVED_HEADER, observed)).append('\n');
                md.append("Recorded by the workloads themselves, one value per event, over the measured iterations of"
                        + " every fork (JMH's histogram; the percentiles are also in jmh-").append(story.story())
                        .append(".json's secondary metrics).\n\n");
            }
            if (!story.comparisons().isEmpty()) {
                md.append("### What one difference costs\n\n");
                md.append(table(Tables.COMPARISON_HEADER, Tables.comparisons(story))).append('\n');
                md.append("*Ratio* is the slower implementation's time over the faster's (interval as for speedups);"
                        + " *difference* is the extra time per ").append(Format.unitOfWork(story.unit()))
                        .append(", and *share* how much of the slower one's time that is.\n\n");
                story.comparisons().stream().map(Summary.ComparisonResult::source).distinct()
                        .forEach(source -> md.append("> ").append(text(source)).append("\n\n"));
            }
            if (story.scaling() != null) {
                Summary.Scaling scaling = story.scaling();
                md.append("### Scaling\n\n");
                md.append(table(Tables.scalingHeader(story), Tables.scaling(story))).append('\n');
                md.append("Time per ").append(Format.unitOfWork(story.unit())).append(" at each size, smallest first. The run's own size (")
                        .append(scaling.size()).append(" ").append(scaling.unit()).append(") is the main table's measurement;")
                        .append(" every size was checked against the baseline before timing, the others measured with")
                        .append(" each implementation's plan in one fork. An implementation predicted to need more than ")
                        .append(Format.seconds(scaling.cap())).append(" (one measured iteration) per ").append(Format.unitOfWork(story.unit()))
                        .append(" at a size is *capped* there and above, neither checked nor timed.\n\n");
                String chart = ScalingChart.fileName(story);
                if (charts.contains(chart)) {
                    md.append("![").append(story.story()).append(": time against size, log-log](").append(chart).append(")\n\n");
                }
            }
            if (story.plan() != null) {
                md.append(text(Tables.measuredWith(story))).append("\n\n");
                List<List<String>> forks = Tables.forks(story);
                if (!forks.isEmpty()) {
                    md.append(table(Tables.FORKS_HEADER, forks)).append('\n');
                }
            }
            md.append(input(story.input()));
        }
        md.append("## Run\n\n");
        md.append(table(List.of("", ""), Tables.runFacts(run)));
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static String input(Object input) {
        if (!(input instanceof Map<?, ?> map)) {
            return "";
        }
        StringBuilder md = new StringBuilder("### Input\n\n");
        if (map.get("corpus") != null) {
            md.append("Corpus: ").append(text(String.valueOf(map.get("corpus")))).append("\n\n");
        }
        List<String> facts = map.entrySet().stream()
                .filter(entry -> !"corpus".equals(entry.getKey()))
                .filter(entry -> !(entry.getValue() instanceof List<?>) && !(entry.getValue() instanceof Map<?, ?>))
                .map(entry -> "- " + text(String.valueOf(entry.getKey()).replace('_', ' ') + ": " + entry.getValue()))
                .toList();
        if (!facts.isEmpty()) {
            facts.forEach(fact -> md.append(fact).append('\n'));
            md.append('\n');
        }
        if (map.get("files") instanceof List<?> files && !files.isEmpty()) {
            md.append(table(List.of("file", "bytes", "nodes"), files.stream()
                    .map(file -> (Map<String, Object>) file)
                    .map(file -> List.of(String.valueOf(file.get("name")), String.valueOf(file.get("bytes")),
                            String.valueOf(file.get("nodes"))))
                    .toList()));
            md.append('\n');
        }
        if (map.get("skipped") instanceof List<?> skipped && !skipped.isEmpty()) {
            md.append("Skipped:\n\n");
            skipped.forEach(line -> md.append("- ").append(text(String.valueOf(line))).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * Text from a summary made safe for Markdown: "<" as an entity, so that no tag or comment starts (a
     * renderer passes tags through as HTML; "->" stays readable), line breaks as spaces (they would end a
     * table row or a quote), null as empty.
     */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("<", "&lt;").replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }

    /** A finding as a sentence: capitalized, with a full stop; empty when there is none. */
    public static String sentence(String finding) {
        if (finding == null || finding.isBlank()) {
            return "";
        }
        String trimmed = finding.strip();
        return trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1) + (trimmed.endsWith(".") ? "" : ".");
    }

    /** A Markdown table; every cell is {@link #text} with "|" escaped. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder md = new StringBuilder();
        md.append(row(header)).append('\n');
        md.append(header.stream().map(cell -> "---").collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
        for (List<String> row : rows) {
            md.append(row(row)).append('\n');
        }
        return md.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(cell -> text(cell).replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |"));
    }
}
