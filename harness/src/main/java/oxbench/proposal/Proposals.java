package oxbench.proposal;

import oxbench.results.Format;
import oxbench.results.Steadiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import oxbench.summary.Status;
import oxbench.proposal.Proposal.Applies;
import oxbench.proposal.Proposal.CheckItem;
import oxbench.proposal.Proposal.Correctness;
import oxbench.proposal.Proposal.Decision;
import oxbench.proposal.Proposal.Reason;
import oxbench.proposal.Proposal.Recommendation;
import oxbench.summary.Summary;
import oxbench.summary.ClaimResult;
import oxbench.summary.Complexity;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.StoryResult;
import oxbench.report.Tables;
import oxbench.results.TimingFloor;
import oxbench.results.Verdicts;

/**
 * The reasoning behind a {@link Proposal}: rows of a run's summary in, the proposal out. Nothing is
 * measured or re-measured here; every number comes from the summary.
 */
public final class Proposals {
    /** The guide's "clear bottleneck": more than 100 ms on the critical path. */
    public static final double BOTTLENECK_MILLIS = 100;
    /** The guide's "hot path": more than 50% of the time in one function. */
    public static final double HOT_PATH_SHARE = 0.5;
    /**
     * The guide's "10% improvement" that is not worth 10x the complexity: a whole-program speedup
     * below 1.10 (10% faster) counts as not worth it.
     */
    public static final double WORTH_IT_OVERALL = 1.10;
    /** Shares shown when the proposer gives none. */
    public static final List<Double> EXAMPLE_SHARES = List.of(0.1, 0.25, 0.5, 0.75, 0.9);

    private Proposals() {}

    /**
     * The proposal to move {@code story}'s function from {@code from} to {@code to}.
     *
     * @param share the share of the program's time spent in the function, in (0, 1], or null if unknown
     * @throws IllegalArgumentException (one line) when the run has no such story or implementation, or
     *                                  {@code from} equals {@code to}
     */
    public static Proposal of(Summary summary, String runDir, String story, String from, String to, Double share) {
        StoryResult result = summary.stories().stream().filter(s -> s.story().equals(story)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("run " + summary.run().id() + " has no story '" + story
                        + "' (it has: " + String.join(", ", summary.stories().stream().map(StoryResult::story).toList()) + ")"));
        ImplementationResult fromRow = row(result, summary, from);
        ImplementationResult toRow = row(result, summary, to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("--from and --to are both " + from + "; a proposal compares two implementations");
        }
        if (share != null && !(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("--share must be in (0, 1], not " + share);
        }
        Correctness correctness = correctness(result, fromRow, toRow);
        Verdicts.Speedup speedup = fromRow.measured() && toRow.measured() && correctness.same()
                && TimingFloor.noRatio(fromRow) == null && TimingFloor.noRatio(toRow) == null
                ? speedup(fromRow, toRow) : null;
        List<Amdahl.Overall> overall = new ArrayList<>();
        if (speedup != null) {
            for (double f : share == null ? EXAMPLE_SHARES : List.of(share)) {
                overall.add(Amdahl.of(f, speedup.value(), speedup.low(), speedup.high()));
            }
        }
        Double saved = speedup == null ? null : fromRow.score() - toRow.score();
        Amdahl.Overall atShare = share == null || overall.isEmpty() ? null : overall.getFirst();
        Reason algorithm = betterAlgorithm(summary, result, fromRow, toRow);
        Reason worthIt = worthIt(speedup, atShare);
        List<Reason> reasons = List.of(
                bottleneck(result, fromRow),
                hotPath(share),
                unknown(true, "Memory usage excessive (>2GB for simple operations)", "oxbench measures time only, not memory"),
                unknown(true, "Concurrency issues (GIL limitations, race conditions)", "oxbench measures one thread's time per call"),
                unknown(true, "User complaints about performance", "the proposer's to state"),
                unknown(false, "Performance is acceptable (meets targets)", "the targets are the proposer's to state; the times are above"),
                unknown(false, "Prototype still evolving (requirements changing)", "the proposer's to state"),
                worthIt,
                algorithm);
        Recommendation recommendation = recommend(summary, fromRow, toRow, correctness, speedup, atShare, worthIt, algorithm);
        return new Proposal(summary.run(), runDir, story, result.title(), result.unit(), fromRow, toRow, correctness, speedup,
                share, overall, saved, claims(result, from, to),
                checklist(summary, result, fromRow, toRow, correctness, speedup, share),
                reasons, recommendation, warnings(summary, fromRow, toRow));
    }

    private static ImplementationResult row(StoryResult story, Summary summary, String impl) {
        return story.implementations().stream().filter(row -> row.impl().equals(impl)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("story " + story.story() + " of run " + summary.run().id()
                        + " has no implementation '" + impl + "' (it has: "
                        + String.join(", ", story.implementations().stream().map(ImplementationResult::impl).toList()) + ")"));
    }

    private static Verdicts.Speedup speedup(ImplementationResult from, ImplementationResult to) {
        return Verdicts.speedup(from.score(), orNaN(from.ciLow()), orNaN(from.ciHigh()),
                to.score(), orNaN(to.ciLow()), orNaN(to.ciHigh()));
    }

    /** An interval end JMH could not compute (too few samples) is unknown: NaN keeps the verdicts inconclusive. */
    private static double orNaN(Double end) {
        return end == null ? Double.NaN : end;
    }

    /** Both rows checked against the story's baseline: equal digests mean equal outputs. */
    static Correctness correctness(StoryResult story, ImplementationResult from, ImplementationResult to) {
        for (ImplementationResult row : List.of(from, to)) {
            if (row.status() != Status.OK) {
                String why = row.message() == null ? "" : ": " + row.message();
                return new Correctness(false, row.impl() + " is " + row.status() + why);
            }
        }
        if (from.digest() == null || !Objects.equals(from.digest(), to.digest())) {
            return new Correctness(false, "the outputs of " + from.impl() + " and " + to.impl() + " differ (digests "
                    + shortDigest(from.digest()) + " and " + shortDigest(to.digest()) + ")");
        }
        String sizes = story.scaling() == null ? "" : ", and at every size of the scaling table ("
                + story.scaling().sizes().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                + " " + story.scaling().unit() + ") where both ran";
        return new Correctness(true, "both produced the same output as " + story.baseline() + " on the run's input"
                + " before timing (SHA-256 of the output lines " + shortDigest(from.digest()) + ")" + sizes);
    }

    /**
     * Whether the row's output was compared with the baseline's: an interrupted, unavailable or capped
     * row never was, so it says nothing about whether the implementation is correct.
     */
    private static boolean checked(ImplementationResult row) {
        return !List.of(Status.INTERRUPTED, Status.UNAVAILABLE, Status.CAPPED).contains(row.status());
    }

    private static String shortDigest(String digest) {
        return digest == null ? "none" : digest.substring(0, Math.min(12, digest.length()));
    }

    private static List<ClaimResult> claims(StoryResult story, String from, String to) {
        List<ClaimResult> claims = new ArrayList<>();
        for (ClaimResult claim : story.claims()) {
            boolean about = !claim.impls().isEmpty() && List.of(from, to).containsAll(claim.impls());
            if (about) {
                claims.add(claim);
            }
        }
        return claims;
    }

    private static Reason unknown(boolean migrate, String rule, String evidence) {
        return new Reason(migrate, rule, Applies.UNKNOWN, evidence);
    }

    private static Reason bottleneck(StoryResult story, ImplementationResult from) {
        String rule = "Benchmarks show clear bottleneck (>100ms for critical path)";
        if (!from.measured()) {
            return unknown(true, rule, from.impl() + " was not measured");
        }
        String evidence = String.format(Locale.ROOT, "%s takes %s per %s (threshold %.0f ms); whether that call is on the"
                + " critical path is the proposer's to state", from.impl(), Format.time(from.score(), story.unit()),
                Format.unitOfWork(story.unit()), BOTTLENECK_MILLIS);
        double low = millis(from.ciLow() == null ? from.score() : from.ciLow(), story.unit());
        double high = millis(from.ciHigh() == null ? from.score() : from.ciHigh(), story.unit());
        Applies applies = low > BOTTLENECK_MILLIS ? Applies.YES : high <= BOTTLENECK_MILLIS ? Applies.NO : Applies.UNKNOWN;
        return new Reason(true, rule, applies, evidence);
    }

    private static Reason hotPath(Double share) {
        String rule = "Profile confirms hot path (>50% time in specific function)";
        if (share == null) {
            return unknown(true, rule, "no share given (--share): profile the program first");
        }
        return new Reason(true, rule, share > HOT_PATH_SHARE ? Applies.YES : Applies.NO,
                "the proposer's profile: " + Format.percent(share) + " of the time in this function (threshold "
                        + Format.percent(HOT_PATH_SHARE) + ")");
    }

    /** The guide's "10% improvement for 10x complexity", on the whole program (or the function itself without a share). */
    private static Reason worthIt(Verdicts.Speedup speedup, Amdahl.Overall atShare) {
        String rule = "Complexity isn't worth it (10% improvement for 10x complexity)";
        if (speedup == null) {
            return unknown(false, rule, "no speedup measured");
        }
        double value = atShare == null ? speedup.value() : atShare.value();
        double low = atShare == null ? speedup.low() : atShare.low();
        double high = atShare == null ? speedup.high() : atShare.high();
        String what = atShare == null
                ? "the function alone (no share given; the program gains less)"
                : "the whole program at share " + Format.percent(atShare.share());
        String evidence = String.format(Locale.ROOT, "%s becomes %s [%s, %s] faster; threshold %s (%.0f%% faster)", what,
                Format.times(value), Format.times(low), Format.times(high), Format.times(WORTH_IT_OVERALL),
                (WORTH_IT_OVERALL - 1) * 100);
        Applies applies = high < WORTH_IT_OVERALL ? Applies.YES : low >= WORTH_IT_OVERALL ? Applies.NO : Applies.UNKNOWN;
        return new Reason(false, rule, applies, evidence);
    }

    /**
     * The guide's "Better algorithm exists (O(n²) -> O(n log n) first)", decided from what the story's
     * claims found about its implementations' algorithms ({@link Complexity}): a measured
     * implementation of lower complexity than {@code from}'s.
     */
    static Reason betterAlgorithm(Summary summary, StoryResult story, ImplementationResult from, ImplementationResult to) {
        String rule = "Better algorithm exists (O(n²) → O(n log n) first)";
        List<ClaimResult> about = story.claims().stream().filter(claim -> !claim.complexities().isEmpty()).toList();
        Optional<Complexity> fromComplexity = complexity(about, from.impl());
        if (fromComplexity.isEmpty()) {
            String elsewhere = summary.stories().stream().flatMap(s -> s.claims().stream())
                    .filter(claim -> !claim.complexities().isEmpty())
                    .map(claim -> "; for comparison, this run's " + claim.title() + " was " + claim.verdict() + ": "
                            + claim.finding())
                    .findFirst().orElse("");
            return unknown(false, rule, "no other algorithm for this function was measured" + elsewhere);
        }
        Complexity fromGrowth = fromComplexity.get();
        List<Complexity> better = about.stream().flatMap(claim -> claim.complexities().stream())
                .filter(e -> e.expectedHigh() < fromGrowth.expectedLow()).distinct().toList();
        if (better.isEmpty()) {
            return new Reason(false, rule, Applies.NO, from.impl() + " already uses the lowest-complexity algorithm measured ("
                    + fromGrowth.order() + fitted(fromGrowth) + ")");
        }
        String claims = about.stream().map(claim -> claim.title() + ": " + claim.verdict() + " (" + claim.finding() + ")")
                .reduce((a, b) -> a + "; " + b).orElse("");
        String alternatives = better.stream().map(e -> e.impl() + " is " + e.order() + fitted(e))
                .reduce((a, b) -> a + ", " + b).orElse("");
        Optional<Complexity> toGrowth = complexity(about, to.impl());
        if (toGrowth.isPresent() && toGrowth.get().expectedHigh() < fromGrowth.expectedLow()) {
            String algorithmAlone = better.stream()
                    .map(e -> rowOf(story, e.impl()))
                    .filter(row -> row != null && row.measured() && Objects.equals(row.language(), from.language())
                            && from.measured() && TimingFloor.noRatio(row) == null && TimingFloor.noRatio(from) == null)
                    .map(row -> "; the algorithm alone, in " + from.language() + " (" + row.impl() + "), is "
                            + Format.times(from.score() / row.score()) + " faster than " + from.impl())
                    .findFirst().orElse("");
            return new Reason(false, rule, Applies.NO, to.impl() + " changes the algorithm too (" + toGrowth.get().order()
                    + fitted(toGrowth.get()) + " against " + fromGrowth.order() + fitted(fromGrowth) + ")"
                    + algorithmAlone);
        }
        return new Reason(false, rule, Applies.YES, from.impl() + " is " + fromGrowth.order() + fitted(fromGrowth)
                + " and " + to.impl() + " keeps that algorithm, while " + alternatives + "; " + claims);
    }

    private static Optional<Complexity> complexity(List<ClaimResult> claims, String impl) {
        return claims.stream().flatMap(claim -> claim.complexities().stream()).filter(e -> e.impl().equals(impl)).findFirst();
    }

    private static ImplementationResult rowOf(StoryResult story, String impl) {
        return story.implementations().stream().filter(row -> row.impl().equals(impl)).findFirst().orElse(null);
    }

    private static String fitted(Complexity complexity) {
        return complexity.fitted() == null ? "" : String.format(Locale.ROOT, ", fitted n^%.2f", complexity.fitted());
    }

    private static Recommendation recommend(Summary summary, ImplementationResult from, ImplementationResult to,
            Correctness correctness, Verdicts.Speedup speedup, Amdahl.Overall atShare, Reason worthIt, Reason algorithm) {
        if (from.status() != Status.OK) {
            return new Recommendation(Decision.NOT_YET, "the baseline has no checked result: " + correctness.account());
        }
        if (!correctness.same() && !checked(to)) {
            return new Recommendation(Decision.NOT_YET, "the candidate was not checked in this run: " + correctness.account()
                    + "; measure it first");
        }
        if (!correctness.same()) {
            return new Recommendation(Decision.DO_NOT_MIGRATE, "the candidate is not a correct replacement: " + correctness.account());
        }
        if (speedup == null) {
            return new Recommendation(Decision.NOT_YET, "the run has no time for "
                    + (from.measured() ? to.impl() : from.impl()) + "; measure it first");
        }
        if (!summary.run().jit()) {
            return new Recommendation(Decision.NOT_YET, "guest code ran without the optimizing JIT (interpreter mode):"
                    + " these are not production numbers; re-run `bench run` without --interpreter");
        }
        if (Double.isNaN(speedup.low()) || Double.isNaN(speedup.high())) {
            return new Recommendation(Decision.NOT_YET, "the speedup has no interval (too few measured iterations); re-run with more");
        }
        if (speedup.high() <= 1) {
            return new Recommendation(Decision.DO_NOT_MIGRATE, to.impl() + " is not faster than " + from.impl() + ": "
                    + Format.times(speedup.value()) + " [" + Format.times(speedup.low()) + ", " + Format.times(speedup.high()) + "]");
        }
        if (speedup.low() <= 1) {
            return new Recommendation(Decision.NOT_YET, "the speedup's interval contains 1 (no measurable difference); re-measure"
                    + " with more forks or iterations");
        }
        if (algorithm.applies() == Applies.YES) {
            return new Recommendation(Decision.DO_NOT_MIGRATE, "a better algorithm exists: change the algorithm first (the"
                    + " guide's \"algorithm first, language second\"), then measure again");
        }
        if (worthIt.applies() == Applies.YES) {
            return new Recommendation(Decision.DO_NOT_MIGRATE, "the gain is under " + Format.times(WORTH_IT_OVERALL) + ": "
                    + worthIt.evidence());
        }
        if (atShare == null) {
            return new Recommendation(Decision.NOT_YET, "the function becomes " + Format.times(speedup.value())
                    + " faster, but what that buys the program depends on its share of the time: profile first and give --share");
        }
        if (worthIt.applies() == Applies.UNKNOWN) {
            return new Recommendation(Decision.NOT_YET, "the program's gain may be under " + Format.times(WORTH_IT_OVERALL)
                    + " (" + worthIt.evidence() + "); re-measure or profile more precisely");
        }
        return new Recommendation(Decision.MIGRATE, String.format(Locale.ROOT,
                "%s computes the same output %s [%s, %s] faster, and with %s of the time in this function the whole program"
                        + " becomes %s [%s, %s] faster (%s less time)", to.impl(), Format.times(speedup.value()),
                Format.times(speedup.low()), Format.times(speedup.high()), Format.percent(atShare.share()),
                Format.times(atShare.value()), Format.times(atShare.low()), Format.times(atShare.high()),
                Format.percent(atShare.timeSaved())));
    }

    private static List<CheckItem> checklist(Summary summary, StoryResult story, ImplementationResult from,
            ImplementationResult to, Correctness correctness, Verdicts.Speedup speedup, Double share) {
        String unit = story.unit();
        List<CheckItem> items = new ArrayList<>();
        items.add(new CheckItem("Profile first - Confirm the bottleneck", share != null, share != null
                ? "the proposer's profile puts " + Format.percent(share) + " of the program's time in this function (oxbench does not profile)"
                : "no share given: profile the program and pass --share"));
        items.add(new CheckItem("Benchmark baseline - Record current performance", from.measured(), from.measured()
                ? from.impl() + ": " + timeWithInterval(from, unit) + ", " + samples(from) + ", run " + summary.run().id()
                : from.impl() + " was not measured (" + from.status() + ")"));
        items.add(new CheckItem("Start small - Migrate one function first", true,
                "this proposal moves one function: " + story.title()));
        items.add(new CheckItem("Test thoroughly - Ensure correctness", correctness.same(), correctness.same()
                ? correctness.account() + "; the project's own tests are still the proposer's to run"
                : correctness.account()));
        boolean faster = speedup != null && speedup.low() > 1;
        items.add(new CheckItem("Benchmark again - Verify improvement", faster, speedup == null
                ? to.impl() + " has no comparable time (" + to.status() + ")"
                : to.impl() + ": " + timeWithInterval(to, unit) + ", " + samples(to) + "; speedup "
                        + Format.times(speedup.value()) + " [" + Format.times(speedup.low()) + ", " + Format.times(speedup.high()) + "]"
                        + (faster ? "" : ": not shown to be faster")));
        items.add(new CheckItem("Document - Explain why Rust was needed", true, "this proposal, from run " + summary.run().id()));
        items.add(new CheckItem("Monitor - Watch for regressions", false,
                "after the migration: keep measuring (e.g. the nightly `bench run` and `bench compare`)"));
        return items;
    }

    private static List<String> warnings(Summary summary, ImplementationResult from, ImplementationResult to) {
        List<String> warnings = new ArrayList<>();
        if (!summary.run().jit() || !"jit".equals(summary.run().runtime())) {
            warnings.add("INTERPRETER RUN: guest code ran without the optimizing JIT; these numbers are not what the code"
                    + " costs in production and decide nothing.");
        }
        if (!"full".equals(summary.run().mode())) {
            warnings.add("QUICK RUN (" + summary.run().mode() + " plan): one fork, short iterations; rough numbers with wide"
                    + " intervals. Re-run `bench run` without --quick before deciding.");
        }
        if (!summary.run().complete()) {
            warnings.add("INCOMPLETE RUN: it stopped before every story was measured.");
        }
        for (ImplementationResult row : List.of(from, to)) {
            if (row.steadyState() != null) {
                Steadiness.warnings(row.impl(), row.steadyState()).forEach(warning -> warnings.add(warning + "."));
            } else if (Boolean.FALSE.equals(row.settled())) {
                warnings.add(String.format(Locale.ROOT, "%s was still drifting (%+.1f%%) while measured: its time is less certain"
                        + " than its interval says.", row.impl(), row.drift() * 100));
            }
        }
        return warnings;
    }

    static String timeWithInterval(ImplementationResult row, String unit) {
        String time = Format.time(row.score(), unit) + " per " + Format.unitOfWork(unit);
        return row.ciLow() == null || row.ciHigh() == null ? time
                : time + " [" + Format.time(row.ciLow(), unit) + ", " + Format.time(row.ciHigh(), unit) + "] (99.9% CI)";
    }

    private static String samples(ImplementationResult row) {
        return row.samples() == null ? "samples unknown" : row.samples() + " measured iterations";
    }

    private static double millis(double value, String unit) {
        return value * Format.nanosPerScore(unit) / 1e6;
    }
}
