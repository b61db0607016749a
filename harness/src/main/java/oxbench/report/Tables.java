package oxbench.report;

import oxbench.results.Format;
import oxbench.results.GrowthVerdicts;

import oxbench.summary.Summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import oxbench.summary.Summary.ComparisonResult;
import oxbench.summary.Summary.ExponentResult;
import oxbench.summary.Summary.GrowthClaimResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Summary.SpeedupClaimResult;
import oxbench.summary.Summary.StoryResult;

/**
 * The comparable tables of a story as rows of text, shared by the console and the Markdown report
 * so both always show the same numbers.
 */
public final class Tables {
    public static final List<String> CLAIM_HEADER =
            List.of("claim", "guide", "measured", "measured speedup", "interval", "verdict");

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
        if (anyExternal(story)) {
            header.add(2, "timed by");
        }
        return List.copyOf(header);
    }

    /** Whether some row was timed by an external driver: then every table says which rows were. */
    static boolean anyExternal(StoryResult story) {
        return story.implementations().stream().anyMatch(impl -> ImplementationResult.EXTERNAL.equals(impl.methodology()));
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
            String status = impl.status();
            if (impl.measured() && Boolean.FALSE.equals(impl.settled())) {
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
                    impl.measured() && impl.error() != null ? Format.percent(impl.error() / impl.score()) : "-",
                    impl.speedup() == null ? "-" : Format.speedupWithInterval(impl.speedup(), impl.speedupLow(), impl.speedupHigh()),
                    status));
            if (anyExternal(story)) {
                row.add(2, timedBy(impl));
            }
            rows.add(List.copyOf(row));
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

    public static final List<String> VERDICT_HEADER = List.of("measured", "verdict");

    /**
     * The story's verdict lines in the guide's words: every limit, batching and lag claim (with its
     * verdict) and every comparison that has a finding (verdict "measured": nothing to reproduce).
     */
    public static List<List<String>> verdictLines(StoryResult story) {
        List<List<String>> rows = new ArrayList<>();
        for (Summary.ClaimResult claim : story.claims()) {
            switch (claim) {
                case Summary.LimitClaimResult limit -> rows.add(List.of(limit.finding(), limit.verdict()));
                case Summary.BatchingClaimResult batching -> rows.add(List.of(batching.finding(), batching.verdict()));
                case Summary.LagClaimResult lag -> rows.add(List.of(lag.finding(), lag.verdict()));
                case SpeedupClaimResult ignored -> { } // in the claims table
                case GrowthClaimResult ignored -> { } // in its own section
            }
        }
        for (ComparisonResult comparison : story.comparisons()) {
            if (comparison.finding() != null) {
                rows.add(List.of(comparison.finding(), "measured"));
            }
        }
        return rows;
    }

    /** Where the story's verdict lines come from, quoted once each. */
    public static List<String> verdictSources(StoryResult story) {
        List<String> sources = new ArrayList<>();
        story.claims().stream()
                .filter(claim -> !(claim instanceof SpeedupClaimResult) && !(claim instanceof GrowthClaimResult))
                .map(Summary.ClaimResult::source).forEach(sources::add);
        story.comparisons().stream().filter(comparison -> comparison.finding() != null)
                .map(ComparisonResult::source).forEach(sources::add);
        List<String> distinct = sources.stream().distinct().toList();
        // A claim's source may be a comparison's plus a target ("...; issue 6 target: ..."): quote it once.
        return distinct.stream()
                .filter(source -> distinct.stream().noneMatch(other -> !other.equals(source) && other.startsWith(source)))
                .toList();
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

    public static final List<String> GROWTH_HEADER =
            List.of("implementation", "algorithm", "expected exponent", "fitted exponent", "95% interval", "sizes", "as expected");

    /** The story's speedup claims. */
    public static List<SpeedupClaimResult> speedupClaims(StoryResult story) {
        return story.claims().stream()
                .filter(SpeedupClaimResult.class::isInstance).map(SpeedupClaimResult.class::cast).toList();
    }

    /** The story's growth claims. */
    public static List<GrowthClaimResult> growthClaims(StoryResult story) {
        return story.claims().stream()
                .filter(GrowthClaimResult.class::isInstance).map(GrowthClaimResult.class::cast).toList();
    }

    /** One line per growth claim: who against whom, and the verdict. */
    public static String growthHeadline(GrowthClaimResult claim) {
        return claim.challenger() + " against " + claim.incumbent() + " as the input grows: " + claim.verdict();
    }

    /** Per implementation of a growth claim, its fitted exponent against the expected range. */
    public static List<List<String>> growth(GrowthClaimResult claim) {
        List<List<String>> rows = new ArrayList<>();
        for (ExponentResult exponent : claim.exponents()) {
            boolean fitted = exponent.value() != null;
            rows.add(List.of(
                    exponent.impl(),
                    exponent.complexity(),
                    GrowthVerdicts.range(exponent),
                    fitted ? String.format(Locale.ROOT, "%.2f ± %.2f", exponent.value(), exponent.standardError()) : "-",
                    fitted ? String.format(Locale.ROOT, "[%.2f, %.2f]", exponent.low(), exponent.high()) : "-",
                    String.valueOf(exponent.points()),
                    exponent.asExpected() == null ? "-" : exponent.asExpected() ? "yes" : "no"));
        }
        return rows;
    }

    public static List<List<String>> claims(StoryResult story) {
        List<List<String>> rows = new ArrayList<>();
        for (SpeedupClaimResult claim : speedupClaims(story)) {
            String per = " per " + claim.per();
            rows.add(List.of(
                    claim.candidate() + " vs " + claim.baseline(),
                    Format.times(claim.claimedSpeedup()) + " (" + claim.guideBaseline() + " -> " + claim.guideCandidate() + per + ")",
                    claim.measuredBaseline() == null || claim.measuredCandidate() == null ? "-"
                            : Format.time(claim.measuredBaseline(), claim.timeUnit() + "/") + " -> "
                                    + Format.time(claim.measuredCandidate(), claim.timeUnit() + "/") + per,
                    claim.measuredSpeedup() == null ? "-" : Format.times(claim.measuredSpeedup()),
                    claim.low() == null ? "-" : "[" + Format.times(claim.low()) + ", " + Format.times(claim.high()) + "]",
                    claim.verdict()));
        }
        return rows;
    }

    /**
     * Which setting the guide's numbers belong to, when the story's claims are checked against both a
     * baseline in oxbench's process (GraalVM's JIT) and one on the prototype's usual runtime (an
     * external driver: CPython, Node), or null when all baselines are alike.
     */
    public static String claimSettings(StoryResult story) {
        List<String> baselines = speedupClaims(story).stream().map(SpeedupClaimResult::baseline).distinct().toList();
        List<String> external = baselines.stream().filter(id -> story.implementations().stream()
                .anyMatch(impl -> impl.impl().equals(id) && ImplementationResult.EXTERNAL.equals(impl.methodology()))).toList();
        if (external.isEmpty() || external.size() == baselines.size()) {
            return null;
        }
        List<String> inProcess = baselines.stream().filter(id -> !external.contains(id)).toList();
        return "The guide's times were taken in its own setting, the prototype on its usual runtime: the claims against "
                + String.join(", ", external) + " (a separate process) are checked in that setting; those against "
                + String.join(", ", inProcess) + " ask the same question of the prototype in oxbench's process, on GraalVM with its JIT.";
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
                row.add(point.status());
            } else {
                String cell = Format.time(point.score(), story.unit());
                if (point.error() != null) {
                    cell += " ±" + Format.percent(point.error() / point.score());
                }
                if (Boolean.FALSE.equals(point.settled())) {
                    cell += " (unsettled)";
                }
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

    /** A measurement plan in words: "3 fork(s) of 20 x 1 s warm-up and 10 x 1 s measured". */
    /**
     * "Measured with PLAN." for a story, naming the implementations measured with a plan of their own
     * (e.g. the algorithm story's native rows).
     */
    public static String measuredWith(StoryResult story) {
        StringBuilder text = new StringBuilder("Measured with ").append(plan(story.plan()));
        Map<Summary.Plan, List<String>> others = new LinkedHashMap<>();
        story.implementations().stream()
                .filter(impl -> impl.plan() != null && !impl.plan().equals(story.plan()))
                .forEach(impl -> others.computeIfAbsent(impl.plan(), plan -> new ArrayList<>()).add(impl.impl()));
        others.forEach((plan, impls) -> text.append("; ").append(String.join(", ", impls)).append(" with ").append(plan(plan)));
        return text.append('.').toString();
    }

    public static String plan(Summary.Plan plan) {
        return plan.forks() + " fork(s) of " + plan.warmupIterations() + " x " + Format.seconds(plan.warmupSeconds())
                + " warm-up and " + plan.measurementIterations() + " x " + Format.seconds(plan.measurementSeconds()) + " measured";
    }


    private static String signed(double value, String unit) {
        return (value < 0 ? "-" : "+") + Format.time(Math.abs(value), unit);
    }








}
