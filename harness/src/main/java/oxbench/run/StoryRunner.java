package oxbench.run;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.check.Status;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.jmh.Settling;
import oxbench.polyglot.RuntimeMode;
import oxbench.results.Summary.ClaimResult;
import oxbench.results.Summary.ComparisonResult;
import oxbench.results.Summary.ImplementationResult;
import oxbench.results.Summary.Scaling;
import oxbench.results.Summary.ScalingPoint;
import oxbench.results.Summary.StoryResult;
import oxbench.results.Verdicts;
import oxbench.story.Claim;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Scalable;
import oxbench.story.Story;

/**
 * One story through the whole pipeline: input made once, every implementation checked against the
 * baseline, the matching ones measured by JMH, and the measurements turned into a result with
 * speedups and claim verdicts.
 */
public final class StoryRunner {
    private final Function<Story<?>, MeasurementPlan> plans;
    private final Path runDir;
    private final PrintStream progress;

    /** @param plans how each story is measured (its own plan, with the user's overrides) */
    public StoryRunner(Function<Story<?>, MeasurementPlan> plans, Path runDir, PrintStream progress) {
        this.plans = plans;
        this.runDir = runDir;
        this.progress = progress;
    }

    /**
     * Runs {@code impls} of {@code story}: at the run's size, then (for a {@link Scalable} story) at
     * every other size of its scaling table, each size checked before it is timed.
     *
     * @throws IllegalArgumentException when the input cannot be made (a user error, e.g. a corpus with no usable file)
     */
    public <I> StoryResult run(Story<I> story, List<Implementation<I>> impls, InputOptions options) throws Exception {
        MeasurementPlan plan = plans.apply(story);
        progress.printf("%s: preparing input%n", story.id());
        I prepared = story.prepare(options, line -> progress.println("  warning: " + line));
        Scalable<I> scalable = story instanceof Scalable<?> ? scalable(story) : null;
        I input = scalable == null ? prepared : scalable.atSize(prepared, scalable.size(prepared));
        int units = story.units(input);
        progress.printf("%s: %d %s(s) of input%s%n", story.id(), units, story.unitOfWork(),
                scalable == null ? "" : " over " + scalable.size(prepared) + " " + scalable.sizeUnit());

        Map<String, CheckResult> checks = check(story, impls, input);
        JmhRunner.Outcome outcome = measure(story, ok(impls, checks), input, plan, "jmh-" + story.id());
        Scaling scaling = scalable == null ? null
                : scaling(story, scalable, prepared, impls, checks, outcome, plan.oneFork());
        return result(story, impls, input, plan, checks, outcome, scaling);
    }

    @SuppressWarnings("unchecked")
    private static <I> Scalable<I> scalable(Story<I> story) {
        return (Scalable<I>) story;
    }

    private static <I> List<String> ok(List<Implementation<I>> impls, Map<String, CheckResult> checks) {
        return impls.stream().map(Implementation::id).filter(id -> checks.get(id).ok()).toList();
    }

    private <I> JmhRunner.Outcome measure(Story<I> story, List<String> toMeasure, I input, MeasurementPlan plan,
            String files) throws Exception {
        if (toMeasure.isEmpty()) {
            return new JmhRunner.Outcome(Map.of(), Map.of());
        }
        Path inputFile = Files.createTempFile("oxbench-" + story.id() + "-", ".json");
        try {
            story.writeInput(input, inputFile);
            progress.printf("%s: measuring %d implementation(s), about %d s each%n", story.id(), toMeasure.size(),
                    plan.secondsPerImplementation());
            return JmhRunner.run(story.id(), toMeasure, inputFile, story.units(input), story.unitOfWork(), plan,
                    TimeUnit.MICROSECONDS, runDir.resolve(files + ".json"), runDir.resolve(files + ".log"), progress);
        } finally {
            Files.deleteIfExists(inputFile);
        }
    }

    private <I> Map<String, CheckResult> check(Story<I> story, List<Implementation<I>> impls, I input) {
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        List<String> expected;
        progress.printf("%s: computing the baseline (%s)%n", story.id(), story.baseline());
        try {
            expected = OutputCheck.expected(story, input);
        } catch (Exception | LinkageError e) {
            String message = "the baseline " + story.baseline() + " failed, so nothing can be checked: " + OutputCheck.oneLine(e);
            progress.println("  " + message);
            for (Implementation<I> impl : impls) {
                checks.put(impl.id(), new CheckResult(impl.id(), Status.FAILED, null, message));
            }
            return checks;
        }
        for (Implementation<I> impl : impls) {
            CheckResult check = OutputCheck.check(story, impl, input, expected);
            progress.printf("  %s: %s%s%n", impl.id(), check.status().label(),
                    check.message() == null ? "" : ": " + check.message());
            checks.put(impl.id(), check);
        }
        return checks;
    }

    /**
     * The scaling table: the run's own size from the main measurement, every other size checked and
     * measured again (one fork each) for the implementations that passed the main check.
     */
    private <I> Scaling scaling(Story<I> story, Scalable<I> scalable, I prepared, List<Implementation<I>> impls,
            Map<String, CheckResult> mainChecks, JmhRunner.Outcome mainOutcome, MeasurementPlan plan) throws Exception {
        int own = scalable.size(prepared);
        List<Integer> sizes = scalable.sizes(prepared);
        Map<Integer, Map<String, ScalingPoint>> bySize = new LinkedHashMap<>();
        for (int size : sizes) {
            Map<String, CheckResult> checks;
            JmhRunner.Outcome outcome;
            if (size == own) {
                checks = mainChecks;
                outcome = mainOutcome;
            } else {
                progress.printf("%s: scaling, %d %s%n", story.id(), size, scalable.sizeUnit());
                I input = scalable.atSize(prepared, size);
                List<Implementation<I>> passed = impls.stream().filter(impl -> mainChecks.get(impl.id()).ok()).toList();
                checks = new LinkedHashMap<>(mainChecks);
                checks.putAll(check(story, passed, input));
                outcome = measure(story, ok(passed, checks), input, plan, "jmh-" + story.id() + "-" + size);
            }
            Map<String, ScalingPoint> points = new LinkedHashMap<>();
            for (Implementation<I> impl : impls) {
                points.put(impl.id(), point(impl.id(), size, checks.get(impl.id()), outcome));
            }
            bySize.put(size, points);
        }
        List<ScalingPoint> points = new ArrayList<>();
        for (Implementation<I> impl : impls) {
            for (int size : sizes) {
                points.add(bySize.get(size).get(impl.id()));
            }
        }
        return new Scaling(scalable.sizeUnit(), own, sizes, plan.summary(), points);
    }

    private static ScalingPoint point(String impl, int size, CheckResult check, JmhRunner.Outcome outcome) {
        Measurement measured = outcome.measured().get(impl);
        if (measured == null) {
            Unmeasured why = Unmeasured.of(impl, check, outcome);
            return new ScalingPoint(impl, size, why.status().label(), null, null, null, null, why.message(), null);
        }
        return new ScalingPoint(impl, size, Status.OK.label(), measured.score(), finite(measured.error()),
                finite(measured.low()), finite(measured.high()), null, Settling.of(measured.forkScores()).settled());
    }

    /** Why an implementation has no measurement: its check failed or mismatched, or JMH failed it. */
    private record Unmeasured(Status status, String message) {
        static Unmeasured of(String impl, CheckResult check, JmhRunner.Outcome outcome) {
            return check.ok()
                    ? new Unmeasured(Status.FAILED, "measurement failed: " + outcome.failures().get(impl))
                    : new Unmeasured(check.status(), check.message());
        }
    }

    private <I> StoryResult result(Story<I> story, List<Implementation<I>> impls, I input, MeasurementPlan plan,
            Map<String, CheckResult> checks, JmhRunner.Outcome outcome, Scaling scaling) {
        Measurement baseline = outcome.measured().get(story.baseline());
        String unit = "us/" + story.unitOfWork();
        String mode = RuntimeMode.current().label();
        List<ImplementationResult> rows = new ArrayList<>();
        for (Implementation<I> impl : impls) {
            CheckResult check = checks.get(impl.id());
            Measurement measured = outcome.measured().get(impl.id());
            if (measured == null) {
                Unmeasured why = Unmeasured.of(impl.id(), check, outcome);
                rows.add(new ImplementationResult(impl.id(), impl.language(), impl.runtime(), mode, why.status().label(),
                        null, null, null, null, unit, null, null, null, check.digest(), why.message(), null, null, null));
                continue;
            }
            Verdicts.Speedup speedup = baseline == null ? null : speedup(baseline, measured);
            Settling.Verdict settling = Settling.of(measured.forkScores());
            rows.add(new ImplementationResult(impl.id(), impl.language(), impl.runtime(), mode, Status.OK.label(),
                    measured.score(), finite(measured.error()), finite(measured.low()), finite(measured.high()), unit,
                    speedup == null ? null : speedup.value(),
                    speedup == null ? null : finite(speedup.low()),
                    speedup == null ? null : finite(speedup.high()),
                    check.digest(), null, settling.settled(), settling.drift(), measured.samples()));
        }
        double claimUnits = story.claimUnitsPerUnit(input);
        List<ClaimResult> claims = new ArrayList<>();
        for (Claim claim : story.claims()) {
            boolean selected = impls.stream().anyMatch(impl -> impl.id().equals(claim.candidate()));
            if (!selected) {
                continue;
            }
            Measurement base = outcome.measured().get(claim.baseline());
            Measurement candidate = outcome.measured().get(claim.candidate());
            Verdicts.Speedup speedup = base == null || candidate == null ? null : speedup(base, candidate);
            claims.add(new ClaimResult(claim.baseline(), claim.candidate(), claim.speedup(),
                    speedup == null ? null : speedup.value(),
                    speedup == null ? null : finite(speedup.low()),
                    speedup == null ? null : finite(speedup.high()),
                    Verdicts.verdict(claim.speedup(), speedup),
                    claim.guideBaseline(), claim.guideCandidate(), claim.per(),
                    base == null ? null : base.score() / claimUnits,
                    candidate == null ? null : candidate.score() / claimUnits,
                    "us", claim.source()));
        }
        List<ComparisonResult> comparisons = new ArrayList<>();
        for (Comparison comparison : story.comparisons()) {
            Measurement slower = outcome.measured().get(comparison.slower());
            Measurement faster = outcome.measured().get(comparison.faster());
            boolean selected = impls.stream().anyMatch(impl -> impl.id().equals(comparison.slower()))
                    && impls.stream().anyMatch(impl -> impl.id().equals(comparison.faster()));
            if (!selected) {
                continue;
            }
            Verdicts.Speedup ratio = slower == null || faster == null ? null : speedup(slower, faster);
            comparisons.add(new ComparisonResult(comparison.question(), comparison.slower(), comparison.faster(),
                    ratio == null ? null : ratio.value(),
                    ratio == null ? null : finite(ratio.low()),
                    ratio == null ? null : finite(ratio.high()),
                    ratio == null ? null : slower.score() - faster.score(),
                    ratio == null ? null : (slower.score() - faster.score()) / slower.score(),
                    comparison.source()));
        }
        return new StoryResult(story.id(), story.title(), story.baseline(), unit, story.inputSummary(input),
                plan.summary(), rows, claims, comparisons, scaling);
    }

    private static Verdicts.Speedup speedup(Measurement baseline, Measurement candidate) {
        return Verdicts.speedup(baseline.score(), baseline.low(), baseline.high(),
                candidate.score(), candidate.low(), candidate.high());
    }

    /**
     * JSON has no infinity or NaN: an unbounded interval end, or an error JMH could not compute (fewer
     * than three measured iterations), is written as null.
     */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
