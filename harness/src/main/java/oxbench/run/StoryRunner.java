package oxbench.run;

import oxbench.results.Format;

import static oxbench.results.Verdicts.finite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import oxbench.env.Scratch;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.external.ExternalImplementation;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.jmh.MeasurementPolicy;
import oxbench.jmh.Settling;
import oxbench.polyglot.RuntimeMode;
import oxbench.progress.Progress;
import oxbench.progress.Progress.Step;
import oxbench.results.Findings;
import oxbench.summary.Summary.BelowResolution;
import oxbench.summary.Summary.ComparisonResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.NotRun;
import oxbench.summary.Summary.Observed;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Summary.StoryResult;
import oxbench.results.TimingFloor;
import oxbench.results.Verdicts;
import oxbench.story.Claim;
import oxbench.story.Comparison;
import oxbench.story.Evidence;
import oxbench.story.StoryEvidence;
import oxbench.summary.ClaimResult;
import oxbench.claims.ClaimResults;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Scalable;
import oxbench.story.Story;
import oxbench.story.Warnings;

/**
 * One story through the whole pipeline: input made once, every implementation checked against the
 * baseline, the matching ones measured by JMH, and the measurements turned into a result with
 * speedups and claim verdicts.
 */
public final class StoryRunner {
    /** No implementation measured (yet). */
    private static final JmhRunner.Outcome NOTHING_YET = new JmhRunner.Outcome(Map.of(), Map.of());

    private final boolean quick;
    private final MeasurementPolicy policy;
    private final UnaryOperator<MeasurementPlan> overrides;
    private final Progress progress;
    private final Measurer measurer;

    /**
     * A runner that measures in JMH forks and external driver processes, writing their files to {@code runDir}.
     *
     * @param quick     whether stories use their quick plans
     * @param policy    what decides each implementation's plan
     * @param overrides the user's changes to every plan (forks, iterations)
     */
    public StoryRunner(boolean quick, MeasurementPolicy policy, UnaryOperator<MeasurementPlan> overrides, Path runDir,
            Progress progress) {
        this(quick, policy, overrides, progress, new ForkedMeasurer(quick, runDir, progress));
    }

    /** A runner that times with {@code measurer}. */
    public StoryRunner(boolean quick, MeasurementPolicy policy, UnaryOperator<MeasurementPlan> overrides, Progress progress,
            Measurer measurer) {
        this.quick = quick;
        this.policy = policy;
        this.overrides = overrides;
        this.progress = progress;
        this.measurer = measurer;
    }

    /**
     * Runs {@code impls} of {@code story}. A {@link Scalable} story is swept over its sizes in
     * ascending order, each size checked before it is timed; its own size is measured with the full
     * plan (the main rows and claims), every other size with one fork.
     *
     * @throws IllegalArgumentException when the input cannot be made (a user error, e.g. a corpus with no usable file)
     */
    public <I> StoryResult run(Story<I> story, List<Implementation<I>> impls, InputOptions options) throws Exception {
        return run(story, impls, options, partial -> { });
    }

    /**
     * As {@link #run(Story, List, InputOptions)}, telling {@code soFar} the story's result as it stands
     * after every check and every implementation measured, so that a run interrupted mid-story keeps
     * what it measured (the rest is {@link Status#INTERRUPTED}).
     */
    public <I> StoryResult run(Story<I> story, List<Implementation<I>> impls, InputOptions options,
            Consumer<StoryResult> soFar) throws Exception {
        return run(prepare(story, options, progress), impls, soFar);
    }

    /** A story with its input, made before the run measures anything. */
    public record Prepared<I>(Story<I> story, I input) {}

    /**
     * Makes {@code story}'s input, with its warnings on {@code progress}. {@code bench run} prepares
     * every story's input before it creates the run's directory, so that bad input (an empty corpus,
     * more patterns than it has) refuses the run before anything is written.
     *
     * @throws IllegalArgumentException when the input cannot be made (a user error, e.g. a corpus with no usable file)
     */
    public static <I> Prepared<I> prepare(Story<I> story, InputOptions options, Progress progress) throws Exception {
        progress.step(Step.ofStory(story.id(), "preparing input"));
        Warnings warnings = new Warnings() {
            @Override
            public void warn(String line) {
                progress.note("  warning: " + line);
            }

            @Override
            public void progress(String line) {
                progress.note("  " + story.id() + ": " + line);
            }
        };
        return new Prepared<>(story, story.prepare(options, warnings));
    }

    /** As {@link #run(Story, List, InputOptions, Consumer)}, on input already {@link #prepare prepared}. */
    public <I> StoryResult run(Prepared<I> input, List<Implementation<I>> impls, Consumer<StoryResult> soFar) throws Exception {
        Story<I> story = input.story();
        I prepared = input.input();
        MeasurementPlan plan = overrides.apply(policy.plan(quick));
        if (story instanceof Scalable<?>) {
            return sweep(story, scalable(story), prepared, impls, plan, soFar);
        }
        progress.note(String.format("%s: %d %s(s) of input", story.id(), story.units(prepared), story.unitOfWork()));
        Map<String, CheckResult> checks = check(story, impls, prepared);
        soFar.accept(result(story, impls, prepared, plan, checks, NOTHING_YET, null));
        JmhRunner.Outcome outcome = measure(story, ok(impls, checks), prepared, false, "jmh-" + story.id(),
                partial -> soFar.accept(result(story, impls, prepared, plan, checks, partial, null)));
        return result(story, impls, prepared, plan, checks, outcome, null);
    }

    @SuppressWarnings("unchecked")
    private static <I> Scalable<I> scalable(Story<I> story) {
        return (Scalable<I>) story;
    }

    private static <I> List<String> ok(List<Implementation<I>> impls, Map<String, CheckResult> checks) {
        return impls.stream().map(Implementation::id).filter(id -> checks.get(id).ok()).toList();
    }

    /** How {@code impl} of {@code story} is measured in this run. */
    private MeasurementPlan plan(Story<?> story, String impl) {
        return overrides.apply(policy.plan(story.implementation(impl), quick));
    }

    /** @param oneFork measure with one fork whatever the plans say (the scaling table's other sizes) */
    private <I> JmhRunner.Outcome measure(Story<I> story, List<String> toMeasure, I input, boolean oneFork,
            String files, Consumer<JmhRunner.Outcome> soFar) throws Exception {
        if (toMeasure.isEmpty()) {
            return NOTHING_YET;
        }
        Map<String, MeasurementPlan> plans = new LinkedHashMap<>();
        for (String impl : toMeasure) {
            plans.put(impl, oneFork ? plan(story, impl).oneFork() : plan(story, impl));
        }
        int seconds = plans.values().stream().mapToInt(MeasurementPlan::secondsPerImplementation).sum();
        boolean adaptive = plans.values().stream().anyMatch(MeasurementPlan::adaptive);
        progress.step(Step.ofStory(story.id(), String.format(adaptive ? "measuring %d implementation(s) until steady, at most %d s"
                : "measuring %d implementation(s), about %d s", toMeasure.size(), seconds)));
        return measurer.measure(story, input, plans, files, soFar);
    }

    private static String methodology(Implementation<?> impl) {
        return impl instanceof ExternalImplementation<?> ? ImplementationResult.EXTERNAL : ImplementationResult.JMH;
    }

    /**
     * Checks every implementation against its baseline's output ({@link Story#baselineOf}: one
     * baseline for most stories, one per function for the boundary matrix).
     */
    private <I> Map<String, CheckResult> check(Story<I> story, List<Implementation<I>> impls, I input) {
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        Map<String, List<Implementation<I>>> byBaseline = new LinkedHashMap<>();
        impls.forEach(impl -> byBaseline.computeIfAbsent(story.baselineOf(impl.id()), id -> new ArrayList<>()).add(impl));
        for (Map.Entry<String, List<Implementation<I>>> group : byBaseline.entrySet()) {
            String baseline = group.getKey();
            List<String> expected;
            progress.step(Step.ofStory(story.id(), "computing the baseline (" + baseline + ")"));
            try {
                expected = OutputCheck.expected(story, baseline, input);
            } catch (Exception | LinkageError e) {
                String message = "the baseline " + baseline + " failed, so nothing can be checked: " + Format.oneLine(e);
                progress.note("  " + message);
                for (Implementation<I> impl : group.getValue()) {
                    checks.put(impl.id(), new CheckResult(impl.id(), Status.FAILED, null, message));
                }
                continue;
            }
            for (Implementation<I> impl : group.getValue()) {
                progress.step(new Step(null, story.id(), impl.id(), "checking its output", null));
                CheckResult check = OutputCheck.check(story, impl, input, expected);
                progress.note("  " + impl.id() + ": " + check.status().label() + (check.message() == null ? "" : ": " + check.message()));
                checks.put(impl.id(), check);
            }
        }
        Map<String, CheckResult> inOrder = new LinkedHashMap<>();
        impls.forEach(impl -> inOrder.put(impl.id(), checks.get(impl.id())));
        return inOrder;
    }

    /**
     * A scalable story at every size, smallest first. An implementation that fails or mismatches at
     * one size, or whose next call is predicted over the {@link CallCap}, is left out of every larger
     * size with the same account (the baseline is never capped: every other implementation is checked
     * against it). The run's own size supplies the main rows and claims.
     */
    private <I> StoryResult sweep(Story<I> story, Scalable<I> scalable, I prepared, List<Implementation<I>> impls,
            MeasurementPlan plan, Consumer<StoryResult> soFar) throws Exception {
        int own = scalable.size(prepared);
        List<Integer> sizes = scalable.sizes(prepared);
        String unit = scalable.sizeUnit();
        CallCap cap = new CallCap(plan.callCapSeconds());
        Map<String, CheckResult> stopped = new LinkedHashMap<>();
        Map<String, List<Integer>> measuredSizes = new LinkedHashMap<>();
        Map<String, List<Double>> callSeconds = new LinkedHashMap<>();
        impls.forEach(impl -> {
            measuredSizes.put(impl.id(), new ArrayList<>());
            callSeconds.put(impl.id(), new ArrayList<>());
        });
        Map<Integer, Map<String, ScalingPoint>> bySize = new LinkedHashMap<>();
        I mainInput = scalable.atSize(prepared, own);
        Map<String, CheckResult> mainChecks = new LinkedHashMap<>();
        impls.forEach(impl -> mainChecks.put(impl.id(), new CheckResult(impl.id(), Status.INTERRUPTED, null,
                "the run stopped before " + own + " " + unit + " (the run's size) was measured")));
        JmhRunner.Outcome mainOutcome = NOTHING_YET;
        for (int size : sizes) {
            I input = size == own ? mainInput : scalable.atSize(prepared, size);
            progress.step(Step.ofStory(story.id(), String.format("%d %s%s, %d %s(s) of input", size, unit,
                    size == own ? " (the run's size)" : "", story.units(input), story.unitOfWork())));
            Map<String, CheckResult> checks = new LinkedHashMap<>();
            List<Implementation<I>> going = new ArrayList<>();
            for (Implementation<I> impl : impls) {
                CallCap.Prediction predicted = impl.id().equals(story.baselineOf(impl.id())) ? null
                        : CallCap.predict(measuredSizes.get(impl.id()), callSeconds.get(impl.id()), size);
                if (!stopped.containsKey(impl.id()) && cap.exceeds(predicted)) {
                    stopped.put(impl.id(), new CheckResult(impl.id(), Status.CAPPED, null, cap.message(predicted, size, unit)));
                    progress.note("  " + impl.id() + ": capped: " + stopped.get(impl.id()).message());
                }
                if (stopped.containsKey(impl.id())) {
                    checks.put(impl.id(), stopped.get(impl.id()));
                } else {
                    going.add(impl);
                }
            }
            Map<String, CheckResult> checked = check(story, going, input);
            checks.putAll(checked);
            int current = size;
            Map<String, CheckResult> mainSoFar = mainChecks;
            JmhRunner.Outcome mainOutcomeSoFar = mainOutcome;
            JmhRunner.Outcome outcome = measure(story, ok(going, checked), input, size != own,
                    "jmh-" + story.id() + (size == own ? "" : "-" + size), partial -> {
                        Map<Integer, Map<String, ScalingPoint>> withCurrent = new LinkedHashMap<>(bySize);
                        withCurrent.put(current, points(impls, current, checks, partial));
                        Scaling scaling = scaling(impls, own, unit, plan, cap, withCurrent);
                        soFar.accept(current == own ? result(story, impls, input, plan, checks, partial, scaling)
                                : result(story, impls, mainInput, plan, mainSoFar, mainOutcomeSoFar, scaling));
                    });
            Map<String, ScalingPoint> points = points(impls, size, checks, outcome);
            for (Implementation<I> impl : impls) {
                ScalingPoint point = points.get(impl.id());
                if (point.score() != null) {
                    measuredSizes.get(impl.id()).add(size);
                    callSeconds.get(impl.id()).add(point.score() * story.units(input) / 1e6);
                } else if (!stopped.containsKey(impl.id())) {
                    stopped.put(impl.id(), new CheckResult(impl.id(), point.status(), null,
                            "at " + size + " " + unit + ": " + point.message()));
                }
            }
            bySize.put(size, points);
            if (size == own) {
                mainChecks.putAll(checks);
                mainOutcome = outcome;
            }
        }
        return result(story, impls, mainInput, plan, mainChecks, mainOutcome, scaling(impls, own, unit, plan, cap, bySize));
    }

    /** Every implementation's point at one size. */
    private static <I> Map<String, ScalingPoint> points(List<Implementation<I>> impls, int size,
            Map<String, CheckResult> checks, JmhRunner.Outcome outcome) {
        Map<String, ScalingPoint> points = new LinkedHashMap<>();
        for (Implementation<I> impl : impls) {
            points.put(impl.id(), point(impl.id(), size, checks.get(impl.id()), outcome));
        }
        return points;
    }

    /** The scaling table over the sizes measured so far (all of them once the sweep is done). */
    private static <I> Scaling scaling(List<Implementation<I>> impls, int own, String unit, MeasurementPlan plan,
            CallCap cap, Map<Integer, Map<String, ScalingPoint>> bySize) {
        List<ScalingPoint> points = new ArrayList<>();
        for (Implementation<I> impl : impls) {
            for (Map<String, ScalingPoint> atSize : bySize.values()) {
                points.add(atSize.get(impl.id()));
            }
        }
        return new Scaling(unit, own, List.copyOf(bySize.keySet()), plan.oneFork().summary(), cap.seconds(), points);
    }

    private static ScalingPoint point(String impl, int size, CheckResult check, JmhRunner.Outcome outcome) {
        Measurement measured = outcome.measured().get(impl);
        if (measured == null) {
            Unmeasured why = Unmeasured.of(impl, check, outcome);
            return new ScalingPoint(impl, size, why.status(), null, null, null, null, why.message(), null);
        }
        return new ScalingPoint(impl, size, Status.OK, measured.score(), finite(measured.error()),
                finite(measured.low()), finite(measured.high()), null, settled(measured), measured.steadyState());
    }

    /**
     * Whether a measurement's number stands on a steady state: its forks are flat or warmed up (see
     * {@link oxbench.steady.Classifier}) and their steady segments do not drift; without a
     * classification (a measurer that keeps no series), the drift alone decides.
     */
    private static boolean settled(Measurement measured) {
        boolean steady = measured.steadyState() == null || measured.steadyState().steady();
        return steady && Settling.of(measured.forkScores()).settled();
    }

    /** Why an implementation has no measurement: its check failed or mismatched, or JMH failed it. */
    private record Unmeasured(Status status, String message) {
        static Unmeasured of(String impl, CheckResult check, JmhRunner.Outcome outcome) {
            if (!check.ok()) {
                return new Unmeasured(check.status(), check.message());
            }
            String failure = outcome.failures().get(impl);
            return failure == null
                    ? new Unmeasured(Status.INTERRUPTED, "checked, but the run stopped before it was measured")
                    : new Unmeasured(Status.FAILED, "measurement failed: " + failure);
        }
    }

    private <I> StoryResult result(Story<I> story, List<Implementation<I>> impls, I input, MeasurementPlan plan,
            Map<String, CheckResult> checks, JmhRunner.Outcome outcome, Scaling scaling) {
        String unit = "us/" + story.unitOfWork();
        String mode = RuntimeMode.current().label();
        Map<String, BelowResolution> flags = belowResolution(story, input, outcome, unit);
        List<ImplementationResult> rows = new ArrayList<>();
        for (Implementation<I> impl : impls) {
            CheckResult check = checks.get(impl.id());
            Measurement measured = outcome.measured().get(impl.id());
            ImplementationResult.Builder row = ImplementationResult.of(impl.id(), impl.language(), impl.runtime())
                    .runtimeMode(mode).unit(unit).digest(check.digest()).plan(plan(story, impl.id()).summary())
                    .baseline(story.baselineOf(impl.id())).methodology(methodology(impl));
            if (measured == null) {
                Unmeasured why = Unmeasured.of(impl.id(), check, outcome);
                rows.add(row.status(why.status(), why.message()).build());
                continue;
            }
            Measurement baseline = outcome.measured().get(story.baselineOf(impl.id()));
            Verdicts.Speedup speedup = baseline == null || flags.containsKey(impl.id())
                    || flags.containsKey(story.baselineOf(impl.id())) ? null : speedup(baseline, measured);
            row.score(measured.score(), finite(measured.error()), finite(measured.low()), finite(measured.high()))
                    .settling(settled(measured), Settling.of(measured.forkScores()).drift(), measured.samples())
                    .steadyState(measured.steadyState())
                    .observed(observed(measured, unit))
                    .belowResolution(flags.get(impl.id()));
            if (speedup != null) {
                row.speedup(speedup.value(), finite(speedup.low()), finite(speedup.high()));
            }
            rows.add(row.build());
        }
        List<Claim<?>> checked = story.claims().stream()
                .filter(claim -> claim.impls().stream().allMatch(id -> selected(impls, id))).toList();
        // a claim about an implementation not chosen for this run has nothing to be checked on
        Evidence evidence = new StoryEvidence(unit, story.claimUnitsPerUnit(input), rows, scaling, checked);
        List<ClaimResult> claims = checked.stream().map(claim -> ClaimResults.judge(claim, evidence)).toList();
        List<ComparisonResult> comparisons = new ArrayList<>();
        for (Comparison comparison : story.comparisons()) {
            Measurement slower = outcome.measured().get(comparison.slower());
            Measurement faster = outcome.measured().get(comparison.faster());
            if (!selected(impls, comparison.slower()) || !selected(impls, comparison.faster())) {
                continue;
            }
            String noRatio = java.util.stream.Stream.of(row(rows, comparison.slower()), row(rows, comparison.faster()))
                    .map(TimingFloor::noRatio).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            Verdicts.Speedup ratio = slower == null || faster == null || noRatio != null ? null : speedup(slower, faster);
            comparisons.add(new ComparisonResult(comparison.question(), comparison.slower(), comparison.faster(),
                    ratio == null ? null : ratio.value(),
                    ratio == null ? null : finite(ratio.low()),
                    ratio == null ? null : finite(ratio.high()),
                    ratio == null ? null : slower.score() - faster.score(),
                    ratio == null ? null : (slower.score() - faster.score()) / slower.score(),
                    ratio == null ? noRatio : Findings.fill(comparison.finding(), slower.score(), faster.score(), unit),
                    comparison.source()));
        }
        return new StoryResult(story.id(), story.title(), story.baseline(), unit, story.inputSummary(input),
                plan.summary(), rows, claims, comparisons, scaling, notRun(story, impls), story.origin());
    }

    /** The story's implementations that are not in {@code impls}, each with the reason. */
    private <I> List<NotRun> notRun(Story<I> story, List<Implementation<I>> impls) {
        Set<String> run = impls.stream().map(Implementation::id).collect(Collectors.toSet());
        return story.implementations().stream()
                .map(Implementation::id)
                .filter(id -> !run.contains(id))
                .map(id -> new NotRun(id, quick && story.leftOutOfQuickRuns().contains(id) ? NotRun.QUICK : NotRun.NOT_CHOSEN))
                .toList();
    }

    private static ImplementationResult row(List<ImplementationResult> rows, String impl) {
        return rows.stream().filter(row -> row.impl().equals(impl)).findFirst().orElse(null);
    }

    /** The measurement's observations as the results keep them, in the score's time unit. */
    private static List<Observed> observed(Measurement measured, String unit) {
        String timeUnit = unit.substring(0, unit.indexOf('/'));
        List<Observed> observed = new ArrayList<>();
        measured.observed().forEach((name, statistics) -> observed.add(new Observed(name, timeUnit, statistics.getN(),
                statistics.getMean(), statistics.getPercentile(50), statistics.getPercentile(90),
                statistics.getPercentile(99), statistics.getMax())));
        return observed;
    }

    private static boolean selected(List<? extends Implementation<?>> impls, String id) {
        return impls.stream().anyMatch(impl -> impl.id().equals(id));
    }

    /**
     * The measured rows whose scores measure nothing (see {@link TimingFloor}): under one CPU cycle
     * per unit of work, or a timed invocation under the timer's resolution.
     */
    private static <I> Map<String, BelowResolution> belowResolution(Story<I> story, I input, JmhRunner.Outcome outcome,
            String unit) {
        Map<String, BelowResolution> flags = new LinkedHashMap<>();
        outcome.measured().forEach((impl, measured) -> {
            double nanos = measured.score() * Format.nanosPerScore(unit);
            BelowResolution flag = TimingFloor.check(TimingFloor.ofThisMachine(), nanos, nanos * story.units(input),
                    story.unitOfWork());
            if (flag != null) {
                flags.put(impl, flag);
            }
        });
        return flags;
    }

    private static Verdicts.Speedup speedup(Measurement baseline, Measurement candidate) {
        return Verdicts.speedup(baseline.score(), baseline.low(), baseline.high(),
                candidate.score(), candidate.low(), candidate.high());
    }
}
