package oxbench.summary;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The contents of a run's {@code summary.json} (documented in results/README.md). Field names are
 * written in snake_case.
 */
public record Summary(RunInfo run, List<StoryResult> stories) {
    /** The name of the file in a run's directory. */
    public static final String FILE_NAME = "summary.json";


    /**
     * One invocation of {@code bench run}.
     *
     * @param mode    "full" or "quick"
     * @param jit     whether guest code ran with the optimizing JIT
     * @param runtime the guest runtime mode: "jit" or "interpreter"
     * @param engine  the polyglot engine's implementation name ("GraalVM CE" with the JIT)
     * @param complete false while the run is still going or when it stopped early
     * @param floor    the smallest time per operation this machine can honestly report (null in runs
     *                 from before it was recorded)
     */
    public record RunInfo(
            String id,
            String mode,
            boolean jit,
            String runtime,
            String engine,
            String git,
            String jdk,
            String graalvm,
            String jmh,
            String oxbench,
            String rustc,
            String cpu,
            int cores,
            String os,
            String host,
            String started,
            String finished,
            boolean complete,
            List<String> args,
            Plan plan,
            Floor floor) {

        /** A run without its floor (as every run before issue 15). */
        public RunInfo(String id, String mode, boolean jit, String runtime, String engine, String git, String jdk,
                String graalvm, String jmh, String oxbench, String rustc, String cpu, int cores, String os, String host,
                String started, String finished, boolean complete, List<String> args, Plan plan) {
            this(id, mode, jit, runtime, engine, git, jdk, graalvm, jmh, oxbench, rustc, cpu, cores, os, host, started,
                    finished, complete, args, plan, null);
        }

        /** This run, completed at {@code at}. */
        public RunInfo finished(java.time.Instant at) {
            return new RunInfo(id, mode, jit, runtime, engine, git, jdk, graalvm, jmh, oxbench, rustc, cpu, cores, os,
                    host, started, at.toString(), true, args, plan, floor);
        }
    }

    /**
     * The floor under every score of a run (see TimingFloor): one cycle of the CPU's fastest clock
     * and System.nanoTime's resolution, measured once per run.
     *
     * @param cpuMhz        the fastest clock, or null when the machine does not say
     * @param cpuMhzSource  where it was read (sysfs cpufreq or /proc/cpuinfo)
     * @param cycleNanos    1000 / cpuMhz
     * @param timerResolutionNanos the smallest non-zero step between two successive nanoTime reads
     * @param timerLatencyNanos    the mean time of one nanoTime read
     */
    public record Floor(Double cpuMhz, String cpuMhzSource, Double cycleNanos, double timerResolutionNanos,
            double timerLatencyNanos) {}

    /**
     * A score that measures nothing: under one CPU cycle per unit of work, or a timed invocation under
     * the timer's resolution. Such a row is never divided by (its speedups and ratios are null).
     *
     * @param cyclesPerOp          the score in CPU cycles per unit of work (null without a known clock)
     * @param timedCallNanos       one timed invocation, all its units of work, in nanoseconds
     * @param timerResolutionNanos the run's timer resolution
     */
    public record BelowResolution(String reason, Double cyclesPerOp, double timedCallNanos, double timerResolutionNanos) {}

    /** The measurement plan the run used (see MeasurementPlan). */
    public record Plan(int forks, int warmupIterations, double warmupSeconds, int measurementIterations, double measurementSeconds) {}

    /**
     * One story of the run.
     *
     * @param unit        the unit of every score, e.g. {@code us/file}
     * @param input       what the implementations computed on (corpus, files, skipped files)
     * @param plan        how this story was measured
     * @param comparisons what one difference between two implementations costs (may be empty)
     * @param scaling     the story measured at several input sizes, or null
     * @param notRun      the story's implementations this run did not run (empty when it ran them all)
     */
    public record StoryResult(
            String story,
            String title,
            String baseline,
            String unit,
            Object input,
            Plan plan,
            List<ImplementationResult> implementations,
            List<ClaimResult> claims,
            List<ComparisonResult> comparisons,
            Scaling scaling,
            List<NotRun> notRun) {
        /** Runs from before comparisons (or not_run) existed have none. */
        public StoryResult {
            comparisons = comparisons == null ? List.of() : comparisons;
            notRun = notRun == null ? List.of() : notRun;
        }

        /** A story with every implementation run. */
        public StoryResult(String story, String title, String baseline, String unit, Object input, Plan plan,
                List<ImplementationResult> implementations, List<ClaimResult> claims, List<ComparisonResult> comparisons,
                Scaling scaling) {
            this(story, title, baseline, unit, input, plan, implementations, claims, comparisons, scaling, List.of());
        }
    }

    /**
     * An implementation of the story that this run did not run, and why: not chosen with
     * {@code --impl}, or left out of quick runs by the story ({@code Story#leftOutOfQuickRuns}).
     */
    public record NotRun(String impl, String reason) {
        public static final String NOT_CHOSEN = "not chosen with --impl";
        public static final String QUICK = "left out of quick runs; a full run or --impl measures it";
    }

    /**
     * What separates two implementations: {@code slower} takes {@code ratio} times as long as
     * {@code faster} (interval as for speedups), {@code difference} more time per unit of work, and
     * that difference is {@code share} of {@code slower}'s time. {@code finding} is the verdict line
     * in the guide's words with the numbers filled in, or null (the story gave none, or a side was
     * not measured).
     */
    public record ComparisonResult(
            String question,
            String slower,
            String faster,
            Double ratio,
            Double low,
            Double high,
            Double difference,
            Double share,
            String finding,
            String source) {
        public ComparisonResult(String question, String slower, String faster, Double ratio, Double low, Double high,
                Double difference, Double share, String source) {
            this(question, slower, faster, ratio, low, high, difference, share, null, source);
        }
    }

    /**
     * A story measured at several input sizes.
     *
     * @param unit   what a size counts, e.g. {@code patterns}
     * @param size   the run's own size (its main rows and claims)
     * @param plan   how the other sizes were measured
     * @param cap    seconds: an implementation whose time per call at a size is predicted above this
     *               (one measured iteration) is neither checked nor measured there, status "capped"
     * @param points one per implementation and size, in implementation then size order
     */
    public record Scaling(String unit, int size, List<Integer> sizes, Plan plan, double cap, List<ScalingPoint> points) {}

    /** One implementation at one size: its score (same unit as the story's) or why there is none. */
    public record ScalingPoint(
            String impl,
            int size,
            String status,
            Double score,
            Double error,
            Double ciLow,
            Double ciHigh,
            String message,
            Boolean settled) {}

    /**
     * One implementation of a story.
     *
     * @param runtimeMode "jit" or "interpreter": how guest code ran
     * @param status      "ok", "failed", "mismatch", "capped" (see {@link Scaling#cap}) or "interrupted"
     * @param score       mean time per unit of work (null unless measured)
     * @param error       half-width of JMH's 99.9% confidence interval
     * @param ciLow       lower end of that interval
     * @param ciHigh      upper end of that interval
     * @param speedup     baseline score / this score
     * @param speedupLow  lower end of the speedup's interval (see {@link Verdicts})
     * @param speedupHigh upper end of the speedup's interval
     * @param digest      SHA-256 of its output lines, equal for every implementation that matched
     * @param settled     whether the measured iterations had stopped drifting (see Settling)
     * @param drift       largest relative drift over a fork's measurement window
     * @param samples     number of measured iterations over all forks
     * @param plan        how it was measured at the run's size (other sizes of a scaling table: the
     *                    same with one fork)
     * @param baseline    the implementation it was checked against and whose score {@code speedup}
     *                    divides (the story's baseline unless the story has one per function)
     * @param observed    what the workload recorded per event while it was measured (timer lag,
     *                    request latency), over the measured iterations; empty for most stories
     * @param belowResolution set when the score measures nothing (see {@link BelowResolution}), else null
     */
    public record ImplementationResult(
            String impl,
            String language,
            String runtime,
            String runtimeMode,
            String status,
            Double score,
            Double error,
            Double ciLow,
            Double ciHigh,
            String unit,
            Double speedup,
            Double speedupLow,
            Double speedupHigh,
            String digest,
            String message,
            Boolean settled,
            Double drift,
            Integer samples,
            Plan plan,
            String baseline,
            List<Observed> observed,
            String methodology,
            BelowResolution belowResolution) {
        /** Timed in-process by JMH. */
        public static final String JMH = "jmh";
        /** Timed by an external driver process (CPython, Node), with JMH's statistics. */
        public static final String EXTERNAL = "external-driver";

        public ImplementationResult {
            observed = observed == null ? List.of() : observed;
            methodology = methodology == null ? JMH : methodology; // runs from before issue 7 were all JMH
        }

        /** A result that is not flagged below resolution. */
        public ImplementationResult(String impl, String language, String runtime, String runtimeMode, String status,
                Double score, Double error, Double ciLow, Double ciHigh, String unit, Double speedup, Double speedupLow,
                Double speedupHigh, String digest, String message, Boolean settled, Double drift, Integer samples,
                Plan plan, String baseline, List<Observed> observed, String methodology) {
            this(impl, language, runtime, runtimeMode, status, score, error, ciLow, ciHigh, unit, speedup, speedupLow,
                    speedupHigh, digest, message, settled, drift, samples, plan, baseline, observed, methodology, null);
        }

        /** A JMH result. */
        public ImplementationResult(String impl, String language, String runtime, String runtimeMode, String status,
                Double score, Double error, Double ciLow, Double ciHigh, String unit, Double speedup, Double speedupLow,
                Double speedupHigh, String digest, String message, Boolean settled, Double drift, Integer samples,
                Plan plan, String baseline, List<Observed> observed) {
            this(impl, language, runtime, runtimeMode, status, score, error, ciLow, ciHigh, unit, speedup, speedupLow,
                    speedupHigh, digest, message, settled, drift, samples, plan, baseline, observed, JMH);
        }

        /** A result of a story with one baseline that observed nothing (as every story before issue 6). */
        public ImplementationResult(String impl, String language, String runtime, String runtimeMode, String status,
                Double score, Double error, Double ciLow, Double ciHigh, String unit, Double speedup, Double speedupLow,
                Double speedupHigh, String digest, String message, Boolean settled, Double drift, Integer samples,
                Plan plan) {
            this(impl, language, runtime, runtimeMode, status, score, error, ciLow, ciHigh, unit, speedup, speedupLow,
                    speedupHigh, digest, message, settled, drift, samples, plan, null, List.of());
        }

        public boolean measured() {
            return score != null;
        }
    }

    /**
     * The distribution of one kind of event a workload recorded (see oxbench.jmh.Observations), in
     * {@code unit}, from JMH's histogram of the measured iterations.
     */
    public record Observed(String name, String unit, long count, double mean, double p50, double p90, double p99,
            double max) {}

    /**
     * One claim of the guide, checked against the measurements; {@code kind} in the JSON says which
     * (a claim without one, from a run before growth claims existed, is a speedup claim).
     * Its verdict is "reproduced", "not-reproduced" or "inconclusive" (see {@link Verdicts},
     * {@link GrowthVerdicts}).
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind",
            defaultImpl = SpeedupClaimResult.class)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SpeedupClaimResult.class, name = "speedup"),
        @JsonSubTypes.Type(value = GrowthClaimResult.class, name = "growth"),
        @JsonSubTypes.Type(value = LimitClaimResult.class, name = "limit"),
        @JsonSubTypes.Type(value = BatchingClaimResult.class, name = "batching"),
        @JsonSubTypes.Type(value = LagClaimResult.class, name = "lag")
    })
    public sealed interface ClaimResult
            permits SpeedupClaimResult, GrowthClaimResult, LimitClaimResult, BatchingClaimResult, LagClaimResult {
        String verdict();

        String source();
    }

    /**
     * A cost limit: {@code impl}'s time per unit of work, in nanoseconds with its 99.9% interval,
     * against {@code limitNanos}. Reproduced when the whole interval is at or under the limit.
     */
    public record LimitClaimResult(
            String impl,
            String what,
            double limitNanos,
            Double measuredNanos,
            Double lowNanos,
            Double highNanos,
            String verdict,
            String finding,
            String source) implements ClaimResult {}

    /**
     * Batching, from the scaling table: one {@code bridge} crossing costs {@code crossingNanos} (with
     * its interval) and one item's work {@code workNanos}, both estimated at {@code size}, the largest
     * size where both were measured; from {@code negligibleFrom} items per batch the crossing is at
     * most {@code negligible} of a batch call. Reproduced when batching is faster at that size beyond
     * both intervals.
     *
     * @param speedup per-item time / batched time at {@code size}, with its interval
     * @param shares  per measured size, the share of a batch call spent crossing
     */
    public record BatchingClaimResult(
            String perItem,
            String perBatch,
            String bridge,
            double negligible,
            Integer size,
            Double crossingNanos,
            Double crossingLowNanos,
            Double crossingHighNanos,
            Double workNanos,
            Long negligibleFrom,
            Double speedup,
            Double low,
            Double high,
            List<BatchShare> shares,
            String verdict,
            String finding,
            String source) implements ClaimResult {}

    /** At {@code size} items per batch, the share of the batched call spent crossing the boundary. */
    public record BatchShare(int size, double share) {}

    /**
     * Blocking the event loop: the {@code observation} (timer lag) distribution of the blocking
     * implementation against the non-blocking one, in milliseconds. Reproduced when the blocking
     * median is above the non-blocking 99th percentile; not reproduced when the blocking 99th
     * percentile is not above the non-blocking one.
     */
    public record LagClaimResult(
            String blocking,
            String nonBlocking,
            String observation,
            Double blockingP50,
            Double blockingP99,
            Double nonBlockingP50,
            Double nonBlockingP99,
            String unit,
            String verdict,
            String finding,
            String source) implements ClaimResult {}

    /**
     * A claimed speedup of {@code candidate} over {@code baseline}, at the run's own size.
     *
     * @param per               what the guide's times are per, e.g. {@code file}, {@code 1000 patterns}
     * @param measuredBaseline  the baseline's measured time per {@code per}, in {@code timeUnit}
     * @param measuredCandidate the candidate's measured time per {@code per}, in {@code timeUnit}
     * @param timeUnit          e.g. {@code us}
     */
    public record SpeedupClaimResult(
            String baseline,
            String candidate,
            double claimedSpeedup,
            Double measuredSpeedup,
            Double low,
            Double high,
            String verdict,
            String guideBaseline,
            String guideCandidate,
            String per,
            Double measuredBaseline,
            Double measuredCandidate,
            String timeUnit,
            String source) implements ClaimResult {}

    /**
     * A claim that {@code challenger} overtakes {@code incumbent} as the input grows, checked on the
     * scaling table.
     *
     * @param unit             what a size counts (the scaling table's unit)
     * @param largestSize      the largest size at which both were measured, or null
     * @param challengerScore  the challenger's time there, in {@code timeUnit}
     * @param incumbentScore   the incumbent's time there
     * @param speedup          incumbent / challenger there, with its interval (as for speedups)
     * @param crossover        the size where the challenger becomes faster, interpolated on log-log
     *                         scales, or null (see {@code crossoverNote})
     * @param crossoverBetween the two measured sizes the crossover lies between, or null
     * @param crossoverNote    why there is no crossover, or null
     * @param exponents        each implementation's fitted growth against its expected range
     * @param finding          what was seen, in one sentence
     */
    public record GrowthClaimResult(
            String challenger,
            String incumbent,
            String unit,
            Integer largestSize,
            Double challengerScore,
            Double incumbentScore,
            String timeUnit,
            Double speedup,
            Double low,
            Double high,
            Double crossover,
            List<Integer> crossoverBetween,
            String crossoverNote,
            List<ExponentResult> exponents,
            String verdict,
            String finding,
            String source) implements ClaimResult {}

    /**
     * One implementation's growth: the exponent k of {@code time ~ n^k} fitted over its measured
     * sizes (least squares on log-log) with its standard error and 95% interval, and whether it lies
     * in the range its algorithm predicts.
     *
     * @param asExpected null when there are fewer than three measured sizes (see {@code message})
     */
    public record ExponentResult(
            String impl,
            String complexity,
            double expectedLow,
            double expectedHigh,
            Double value,
            Double standardError,
            Double low,
            Double high,
            int points,
            Boolean asExpected,
            String message) {}
}
