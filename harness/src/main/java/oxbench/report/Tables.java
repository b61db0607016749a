package oxbench.report;

import oxbench.results.Format;
import oxbench.results.Steadiness;

import oxbench.summary.Summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import oxbench.summary.Summary.ComparisonResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Summary.StoryResult;
import oxbench.summary.Table;
import oxbench.summary.Verdict;

/**
 * The comparable tables of a story as rows of text, shared by the console and the Markdown report
 * so both always show the same numbers.
 */
public final class Tables {
    /**
     * A comparison's columns name its sides A and B rather than "slower" and "faster": a runtime
     * comparison (Node against GraalJS) may well find A the faster one; the last column is the
     * difference's share of whichever side was slower.
     */
    public static final List<String> COMPARISON_HEADER =
            List.of("question", "A / B", "A/B [interval]", "A - B", "share of the slower");

    private Tables() {}

    public static List<String> resultHeader(StoryResult story) {
        String unitOfWork = Format.unitOfWork(story.unit());
        boolean oneBaseline = story.implementations().stream()
                .allMatch(impl -> impl.baseline() == null || impl.baseline().equals(story.baseline()));
        List<String> header = new ArrayList<>(List.of("implementation", "runtime", "time per " + unitOfWork, "± (99.9% CI)",
                oneBaseline ? "speedup vs " + story.baseline() : "speedup vs its baseline", "status"));
        if (anySteadyState(story)) {
            header.add(4, "steady state");
        }
        if (anyExternal(story)) {
            header.add(2, "timed by");
        }
        return List.copyOf(header);
    }

    /** Whether some row was timed by an external driver: then every table says which rows were. */
    static boolean anyExternal(StoryResult story) {
        return story.implementations().stream().anyMatch(impl -> ImplementationResult.EXTERNAL.equals(impl.methodology()));
    }

    /** Whether some row has a steady state (runs from before issue 18 have none: their tables stay as they were). */
    static boolean anySteadyState(StoryResult story) {
        return story.implementations().stream().anyMatch(impl -> impl.steadyState() != null);
    }

    /** Whether {@code impl}'s row of the story was timed by an external driver. */
    static boolean externallyTimed(StoryResult story, String impl) {
        return story.implementations().stream()
                .anyMatch(row -> row.impl().equals(impl) && ImplementationResult.EXTERNAL.equals(row.methodology()));
    }

    /** How a row was timed, in a table's words. */
    static String timedBy(ImplementationResult impl) {
        return ImplementationResult.EXTERNAL.equals(impl.methodology()) ? "external driver" : "JMH in-process";
    }

    /** The sentence under a results table: how its scores were taken. */
    public static String scoresSentence(StoryResult story) {
        String unit = Format.unitOfWork(story.unit());
        String how = anyExternal(story)
                ? "Scores are averages per " + unit + " with the half-width of the 99.9% confidence interval: JMH's for the"
                        + " rows timed in-process, and computed the same way (Student's t over every measured iteration) from"
                        + " the samples of the external driver processes, which run the same input, warm-up and iterations."
                : "Scores are JMH averages per " + unit + " with the half-width of the 99.9% confidence interval.";
        return how + " Every implementation's output was compared with " + baselines(story) + " before timing.";
    }

    public static List<List<String>> results(StoryResult story) {
        List<List<String>> rows = new ArrayList<>();
        for (ImplementationResult impl : story.implementations()) {
            String status = impl.status().label();
            // a row with a steady state says so in its own column; older runs only knew whether it had settled
            if (impl.measured() && impl.steadyState() == null && Boolean.FALSE.equals(impl.settled())) {
                status += String.format(Locale.ROOT, " (unsettled: %+.1f%% drift)", impl.drift() * 100);
            }
            if (!"jit".equals(impl.runtimeMode())) {
                status += " [" + impl.runtimeMode() + "]";
            }
            if (impl.belowResolution() != null) {
                status += " [below resolution]";
            }
            List<String> row = new ArrayList<>(List.of(
                    impl.impl(),
                    impl.runtime(),
                    impl.measured() ? Format.time(impl.score(), story.unit()) : "-",
                    impl.measured() && impl.error() != null ? Format.percent(impl.error() / impl.score()) + missedTarget(impl) : "-",
                    impl.speedup() == null ? "-" : Format.speedupWithInterval(impl.speedup(), impl.speedupLow(), impl.speedupHigh()),
                    status));
            if (anySteadyState(story)) {
                row.add(4, impl.measured() ? Steadiness.cell(impl.steadyState()) : "-");
            }
            if (anyExternal(story)) {
                row.add(2, timedBy(impl));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    /** " (target 2%)" after the half-width of a row that did not reach its target, else nothing. */
    private static String missedTarget(ImplementationResult impl) {
        return Steadiness.missedTarget(impl.steadyState()) ? " (target " + Steadiness.target(impl.steadyState().target()) + ")" : "";
    }

    /**
     * One line per measured row or scaling point whose number is not a steady score, whose forks
     * disagree, or that did not reach its target, for under the tables: "js@graaljs has no steady
     * state: its number is not a steady score (forks: no steady state (changes at iteration 12, 40))".
     */
    public static List<String> steadiness(StoryResult story) {
        List<String> lines = new ArrayList<>();
        for (ImplementationResult impl : story.implementations()) {
            if (impl.measured()) {
                steadiness(impl.impl(), impl.steadyState(), impl.score(), impl.error(), lines);
            }
        }
        if (story.scaling() != null) {
            for (ScalingPoint point : story.scaling().points()) {
                if (point.score() != null && point.size() != story.scaling().size()) {
                    steadiness(point.impl() + " at " + point.size() + " " + story.scaling().unit(), point.steadyState(),
                            point.score(), point.error(), lines);
                }
            }
        }
        return lines;
    }

    private static void steadiness(String what, Summary.SteadyState state, Double score, Double error, List<String> lines) {
        if (state == null) {
            return;
        }
        List<String> warnings = Steadiness.warnings(what, state);
        for (String warning : warnings) {
            // the inconsistency line lists the forks; a consistent row that is not steady lists them here
            lines.add(state.consistent() ? warning + " (forks: " + Steadiness.forkClasses(state) + ")" : warning);
        }
        String missed = Steadiness.missedTarget(state, score, error);
        if (missed != null) {
            lines.add(what + " " + missed + " (measuring ended: " + Steadiness.reasons(state.forks(), Summary.ForkState::stopped)
                    + ")");
        }
    }

    /** What the forks of each measured row ran (rows with a steady state only), for {@link #forks}. */
    public static final List<String> FORKS_HEADER =
            List.of("implementation", "forks", "warm-up iterations", "measured iterations", "scored (steady)");

    /**
     * Per measured row, what its forks ran, each a list over the forks: warm-up iterations and why
     * warm-up ended ("steady", "capped", "fixed"), measured iterations and why measuring ended
     * ("target", "capped", "fixed"), and how many of them were steady (what the score is the mean of).
     */
    public static List<List<String>> forks(StoryResult story) {
        List<List<String>> rows = new ArrayList<>();
        for (ImplementationResult impl : story.implementations()) {
            Summary.SteadyState state = impl.steadyState();
            if (!impl.measured() || state == null || state.forks() == null || state.forks().isEmpty()) {
                continue;
            }
            List<Summary.ForkState> forks = state.forks();
            rows.add(List.of(impl.impl(), String.valueOf(forks.size()),
                    Steadiness.perFork(forks, Summary.ForkState::measuredFrom) + " ("
                            + Steadiness.reasons(forks, Summary.ForkState::warmup) + ")",
                    Steadiness.perFork(forks, fork -> fork.iterations() - fork.measuredFrom()) + " ("
                            + Steadiness.reasons(forks, Summary.ForkState::stopped) + ")",
                    Steadiness.perFork(forks, fork -> fork.iterations() - Math.max(fork.steadyFrom(), fork.measuredFrom()))));
        }
        return rows;
    }

    /** One line per row whose score measures nothing: "add-one@java: below resolution: <why>; not divided by". */
    public static List<String> belowResolution(StoryResult story) {
        return story.implementations().stream()
                .filter(impl -> impl.belowResolution() != null)
                .map(impl -> impl.impl() + ": below resolution: " + impl.belowResolution().reason()
                        + "; no speedup or ratio is computed with it")
                .toList();
    }

    /** The baseline(s) outputs were compared with: the story's, or each function's own. */
    public static String baselines(StoryResult story) {
        List<String> all = story.implementations().stream()
                .map(impl -> impl.baseline() == null ? story.baseline() : impl.baseline()).distinct().toList();
        return all.size() <= 1 ? story.baseline() + "'s" : "its baseline's (" + String.join(", ", all) + ")";
    }

    /**
     * The sentence naming the story's implementations this run did not run, grouped by reason
     * ("Not run: a, b (left out of quick runs ...)."), or null when it ran them all.
     */
    public static String notRun(StoryResult story) {
        if (story.notRun().isEmpty()) {
            return null;
        }
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        story.notRun().forEach(notRun -> byReason.computeIfAbsent(notRun.reason(), reason -> new ArrayList<>()).add(notRun.impl()));
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, impls) -> parts.add(String.join(", ", impls) + " (" + reason + ")"));
        return "Not run: " + String.join("; ", parts) + ".";
    }

    public static final List<String> OBSERVED_HEADER =
            List.of("implementation", "observed", "events", "mean", "median", "p90", "p99", "max");

    /** What the implementations recorded per event while measured (timer lag, call latency). */
    public static List<List<String>> observed(StoryResult story) {
        List<List<String>> rows = new ArrayList<>();
        for (ImplementationResult impl : story.implementations()) {
            for (Summary.Observed observed : impl.observed()) {
                String unit = observed.unit() + "/";
                rows.add(List.of(impl.impl(), observed.name(), String.format(Locale.ROOT, "%,d", observed.count()),
                        Format.time(observed.mean(), unit), Format.time(observed.p50(), unit), Format.time(observed.p90(), unit),
                        Format.time(observed.p99(), unit), Format.time(observed.max(), unit)));
            }
        }
        return rows;
    }

    /**
     * The tables of the story's claims, in claim order, tables with the same title and columns made
     * one (their quotes and notes once each), and the comparisons' findings as one-line verdicts
     * ("measured": nothing to reproduce). Every renderer shows these without knowing a claim's kind.
     */
    public static List<Table> claimTables(StoryResult story) {
        List<Table> tables = new ArrayList<>();
        story.claims().forEach(claim -> claim.tables().forEach(table -> join(tables, table)));
        story.comparisons().stream().filter(comparison -> comparison.finding() != null)
                .forEach(comparison -> join(tables, Table.verdictLine(comparison.source(), comparison.finding(),
                        Verdict.MEASURED, "Lines marked *measured* state a cost and claim nothing.")));
        return tables;
    }

    private static void join(List<Table> tables, Table table) {
        for (int i = 0; i < tables.size(); i++) {
            Table known = tables.get(i);
            if (known.sameAs(table)) {
                List<List<String>> rows = new ArrayList<>(known.rows());
                rows.addAll(table.rows());
                tables.set(i, new Table(known.title(), quotes(known.quotes(), table.quotes()), known.intro(), known.header(),
                        rows, distinct(known.notes(), table.notes()), distinct(known.footnotes(), table.footnotes())));
                return;
            }
        }
        tables.add(table);
    }

    private static List<String> distinct(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(line -> !all.contains(line)).forEach(all::add);
        return all;
    }

    /** Quotes once each; a quote that is the start of a longer one (a source plus a target) only as the longer. */
    private static List<String> quotes(List<String> first, List<String> second) {
        List<String> all = distinct(first, second).stream().filter(quote -> quote != null && !quote.isBlank()).toList();
        return all.stream().filter(quote -> all.stream().noneMatch(other -> !other.equals(quote) && other.startsWith(quote)))
                .toList();
    }

    /** The warnings of the story's claims, one line each ("rust@ffm vs python@graalpy: ..."). */
    public static List<String> claimWarnings(StoryResult story) {
        List<String> lines = new ArrayList<>();
        story.claims().forEach(claim -> claim.warnings().forEach(warning -> lines.add(claim.title() + ": " + warning)));
        return lines;
    }

    public static List<List<String>> comparisons(StoryResult story) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonResult comparison : story.comparisons()) {
            rows.add(List.of(
                    comparison.question(),
                    comparison.slower() + " / " + comparison.faster(),
                    comparison.ratio() == null ? "-" : Format.speedupWithInterval(comparison.ratio(), comparison.low(), comparison.high()),
                    comparison.difference() == null ? "-" : signed(comparison.difference(), story.unit()),
                    comparison.ratio() == null ? "-" : Format.percent(shareOfTheSlower(comparison.ratio()))));
        }
        return rows;
    }

    /**
     * The part of the slower side's time that the difference accounts for, from A's time over B's:
     * {@code (A - B) / A} when A was slower (the {@code share} of summary.json), {@code (B - A) / B}
     * when B was.
     */
    static double shareOfTheSlower(double ratio) {
        return ratio >= 1 ? 1 - 1 / ratio : 1 - ratio;
    }

    public static List<String> scalingHeader(StoryResult story) {
        List<String> header = new ArrayList<>();
        header.add("implementation");
        for (int size : story.scaling().sizes()) {
            header.add(size + " " + story.scaling().unit() + (size == story.scaling().size() ? " (run)" : ""));
        }
        return header;
    }

    /** Per implementation, its time per unit of work at every size, with the error as a percentage. */
    public static List<List<String>> scaling(StoryResult story) {
        Scaling scaling = story.scaling();
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        String impl = null;
        for (ScalingPoint point : scaling.points()) {
            if (!point.impl().equals(impl)) {
                impl = point.impl();
                row = new ArrayList<>();
                row.add(externallyTimed(story, impl) ? impl + " (external driver)" : impl);
                rows.add(row);
            }
            if (point.score() == null) {
                row.add(point.status().label());
            } else {
                String cell = Format.time(point.score(), story.unit());
                if (point.error() != null) {
                    cell += " ±" + Format.percent(point.error() / point.score());
                }
                if (point.steadyState() == null && Boolean.FALSE.equals(point.settled())) {
                    cell += " (unsettled)";
                }
                cell += Steadiness.besideNumber(point.steadyState());
                row.add(cell);
            }
        }
        return rows;
    }

    /** The run's metadata as (name, value) rows. */
    public static List<List<String>> runFacts(Summary.RunInfo run) {
        return List.of(
                List.of("id", run.id()),
                List.of("mode", run.mode() + " (default plan: " + plan(run.plan()) + ")"),
                List.of("guest runtime", run.runtime() + " (" + run.engine() + ")"),
                List.of("GraalVM polyglot", run.graalvm()),
                List.of("JDK", run.jdk()),
                List.of("JMH", run.jmh()),
                List.of("rustc", run.rustc()),
                List.of("CPU", run.cpu() + ", " + run.cores() + " cores"),
                List.of("OS", run.os()),
                List.of("git", run.git()),
                List.of("started", run.started()),
                List.of("finished", run.finished() == null ? "-" : run.finished()),
                List.of("command", "bench " + String.join(" ", run.args())));
    }

    /**
     * "Measured with PLAN." for a story, naming the implementations measured with a plan of their own
     * (e.g. the algorithm story's native rows). When its rows have a steady state, what their forks
     * actually ran is the {@link #forks} table, which this sentence introduces.
     */
    public static String measuredWith(StoryResult story) {
        StringBuilder text = new StringBuilder("Measured with ").append(plan(story.plan()));
        Map<Summary.Plan, List<String>> others = new LinkedHashMap<>();
        story.implementations().stream()
                .filter(impl -> impl.plan() != null && !impl.plan().equals(story.plan()))
                .forEach(impl -> others.computeIfAbsent(impl.plan(), plan -> new ArrayList<>()).add(impl.impl()));
        others.forEach((plan, impls) -> text.append("; ").append(String.join(", ", impls)).append(" with ").append(plan(plan)));
        text.append('.');
        if (!forks(story).isEmpty()) {
            text.append(" What each row's forks ran, per fork: its warm-up, ended when the series was steady, at the"
                    + " warm-up cap (capped) or after a fixed count; its measured iterations, ended at the target"
                    + " half-width, at the time cap (capped) or after a fixed count; and how many of them were steady,"
                    + " the iterations its score and interval come from.");
        }
        return text.toString();
    }

    /**
     * A measurement plan in words: "3 fork(s) of 20 x 1 s warm-up and 10 x 1 s measured" (runs from
     * before issue 18), with its policy first ("fixed, 3 fork(s) ..."); an adaptive plan with its
     * caps and target: "adaptive, 2 to 4 forks, each warmed up until steady (at most 30 x 1 s) and
     * measured until ±2% (at most 60 x 1 s)".
     */
    public static String plan(Summary.Plan plan) {
        String fixed = plan.forks() + " fork(s) of " + plan.warmupIterations() + " x " + Format.seconds(plan.warmupSeconds())
                + " warm-up and " + plan.measurementIterations() + " x " + Format.seconds(plan.measurementSeconds()) + " measured";
        if (!"adaptive".equals(plan.policy())) {
            return plan.policy() == null ? fixed : plan.policy() + ", " + fixed;
        }
        String forks = plan.maxForks() != null && plan.maxForks() > plan.forks()
                ? plan.forks() + " to " + plan.maxForks() + " forks" : plan.forks() + " fork(s)";
        String measured = plan.target() == null
                ? plan.measurementIterations() + " x " + Format.seconds(plan.measurementSeconds())
                : "until ±" + Steadiness.target(plan.target()) + " (at most " + plan.measurementIterations() + " x "
                        + Format.seconds(plan.measurementSeconds()) + ")";
        return "adaptive, " + forks + ", each warmed up until steady (at most " + plan.warmupIterations() + " x "
                + Format.seconds(plan.warmupSeconds()) + ") and measured " + measured;
    }

    private static String signed(double value, String unit) {
        return (value < 0 ? "-" : "+") + Format.time(Math.abs(value), unit);
    }
}
