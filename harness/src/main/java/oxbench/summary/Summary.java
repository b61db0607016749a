package oxbench.summary;

import java.util.List;

/**
 * The contents of a run's {@code summary.json} (documented in results/README.md). Field names are
 * written in snake_case.
 */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"format_version", "run", "stories"})
public record Summary(Integer formatVersion, RunInfo run, List<StoryResult> stories) {
    /**
     * The format this release writes (results/README.md documents it). Format 0 (no
     * {@code format_version}) had claims with their kind's fields only; it is read as format 1.
     */
    public static final int FORMAT_VERSION = 1;

    /** A summary in this release's format. */
    public Summary(RunInfo run, List<StoryResult> stories) {
        this(FORMAT_VERSION, run, stories);
    }

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
    public record Plan(int forks, int warmupIterations, double warmupSeconds, int measurementIterations, double measurementSeconds,
            String policy, Double target, Integer maxForks) {
        /** A fixed plan as runs from before issue 18 recorded it (no policy, target or fork cap). */
        public Plan(int forks, int warmupIterations, double warmupSeconds, int measurementIterations, double measurementSeconds) {
            this(forks, warmupIterations, warmupSeconds, measurementIterations, measurementSeconds, null, null, null);
        }
    }

    /**
     * One story of the run.
     *
     * @param unit        the unit of every score, e.g. {@code us/file}
     * @param input       what the implementations computed on (corpus, files, skipped files)
     * @param plan        how this story was measured
     * @param comparisons what one difference between two implementations costs (may be empty)
     * @param scaling     the story measured at several input sizes, or null
     * @param notRun      the story's implementations this run did not run (empty when it ran them all)
     * @param origin      where a story that is not registered was opened from (e.g. its folder), or null
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
            List<NotRun> notRun,
            String origin) {
        /** Runs from before comparisons (or not_run) existed have none. */
        public StoryResult {
            comparisons = comparisons == null ? List.of() : comparisons;
            notRun = notRun == null ? List.of() : notRun;
        }

        /** A registered story (no {@code origin}: it is found by its id). */
        public StoryResult(String story, String title, String baseline, String unit, Object input, Plan plan,
                List<ImplementationResult> implementations, List<ClaimResult> claims, List<ComparisonResult> comparisons,
                Scaling scaling, List<NotRun> notRun) {
            this(story, title, baseline, unit, input, plan, implementations, claims, comparisons, scaling, notRun, null);
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
            Status status,
            Double score,
            Double error,
            Double ciLow,
            Double ciHigh,
            String message,
            Boolean settled,
            SteadyState steadyState) {
        /** A point without its steady state (as in runs from before issue 18). */
        public ScalingPoint(String impl, int size, Status status, Double score, Double error, Double ciLow, Double ciHigh,
                String message, Boolean settled) {
            this(impl, size, status, score, error, ciLow, ciHigh, message, settled, null);
        }
    }

    /**
     * A measured row's steady state (issue 18): how each fork's series of iteration times behaved
     * (Barrett et al.'s classes) and whether the forks agree. The score and interval come from the
     * steady segment of each fork's measured iterations only.
     *
     * @param steadyClass   the worst fork's class: "no-steady-state", "slowdown", "warmup" or "flat"
     * @param consistent    whether every fork has the same class and their steady means agree
     * @param forks         each fork's classification, in the order they ran
     * @param target        the 99.9% half-width the run measured towards, relative to the score
     *                      (0.02 is 2%); null when the measured iterations were a fixed count
     * @param reachedTarget whether the row's interval is within the target; null with no target
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"class", "consistent", "forks", "target", "reached_target"})
    public record SteadyState(@com.fasterxml.jackson.annotation.JsonProperty("class") String steadyClass,
            boolean consistent, List<ForkState> forks, Double target, Boolean reachedTarget) {
        /** Whether the row has a steady state its number can stand on (flat or warmup). */
        public boolean steady() {
            return "flat".equals(steadyClass) || "warmup".equals(steadyClass);
        }
    }

    /**
     * One fork's classification. Indexes count every iteration of the fork from 0, warm-up included.
     *
     * @param steadyClass  "flat", "warmup", "slowdown" or "no-steady-state"
     * @param changepoints where a new segment begins
     * @param steadyFrom   the first iteration of the steady segment (the score uses the measured
     *                     iterations from here on)
     * @param measuredFrom the first measured iteration (the iterations before it were warm-up)
     * @param iterations   all iterations of the fork, warm-up included
     * @param warmup       why warm-up ended: "steady" (the detector), "capped" (the warm-up cap) or
     *                     "fixed" (a fixed count)
     * @param stopped      why measuring ended: "target", "capped" or "fixed"
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"class", "changepoints", "steady_from", "measured_from",
            "iterations", "warmup", "stopped"})
    public record ForkState(@com.fasterxml.jackson.annotation.JsonProperty("class") String steadyClass,
            List<Integer> changepoints, int steadyFrom, int measuredFrom, int iterations, String warmup, String stopped) {
        /** The index of the first steady measured iteration among the fork's measured iterations alone. */
        public int steadyMeasuredFrom() {
            return Math.max(0, steadyFrom - measuredFrom);
        }
    }

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
     * @param steadyState     how its forks behaved (see {@link SteadyState}); null unless measured, and in runs from before issue 18
     */
    public record ImplementationResult(
            String impl,
            String language,
            String runtime,
            String runtimeMode,
            Status status,
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
            BelowResolution belowResolution,
            SteadyState steadyState) {
        /** Timed in-process by JMH. */
        public static final String JMH = "jmh";
        /** Timed by an external driver process (CPython, Node), with JMH's statistics. */
        public static final String EXTERNAL = "external-driver";

        public ImplementationResult {
            observed = observed == null ? List.of() : observed;
            methodology = methodology == null ? JMH : methodology; // runs from before issue 7 were all JMH
        }

        public boolean measured() {
            return score != null;
        }

        /** A row built field by field, for {@code impl} in {@code language} on {@code runtime}. */
        public static Builder of(String impl, String language, String runtime) {
            return new Builder(impl, language, runtime);
        }

        /**
         * Builds an {@link ImplementationResult} by name rather than by position: unset fields are
         * null (status {@link Status#OK}, methodology {@link #JMH}, no observations).
         */
        public static final class Builder {
            private final String impl;
            private final String language;
            private final String runtime;
            private String runtimeMode = "jit";
            private Status status = Status.OK;
            private String message;
            private Double score;
            private Double error;
            private Double ciLow;
            private Double ciHigh;
            private String unit;
            private Double speedup;
            private Double speedupLow;
            private Double speedupHigh;
            private String digest;
            private Boolean settled;
            private Double drift;
            private Integer samples;
            private Plan plan;
            private String baseline;
            private List<Observed> observed = List.of();
            private String methodology = JMH;
            private BelowResolution belowResolution;
            private SteadyState steadyState;

            private Builder(String impl, String language, String runtime) {
                this.impl = impl;
                this.language = language;
                this.runtime = runtime;
            }

            /** "jit" or "interpreter". */
            public Builder runtimeMode(String mode) {
                this.runtimeMode = mode;
                return this;
            }

            /** Not measured: why, in the status and a message. */
            public Builder status(Status status, String message) {
                this.status = status;
                this.message = message;
                return this;
            }

            /** The mean time per unit of work, with the half-width and ends of its 99.9% interval, in {@code unit}. */
            public Builder score(Double score, Double error, Double ciLow, Double ciHigh) {
                this.score = score;
                this.error = error;
                this.ciLow = ciLow;
                this.ciHigh = ciHigh;
                return this;
            }

            /** The unit of the score, e.g. {@code us/file}. */
            public Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            public Builder speedup(Double value, Double low, Double high) {
                this.speedup = value;
                this.speedupLow = low;
                this.speedupHigh = high;
                return this;
            }

            /** The SHA-256 of its output lines. */
            public Builder digest(String digest) {
                this.digest = digest;
                return this;
            }

            /** Whether the measured iterations had stopped drifting, the largest drift, and how many there were. */
            public Builder settling(Boolean settled, Double drift, Integer samples) {
                this.settled = settled;
                this.drift = drift;
                this.samples = samples;
                return this;
            }

            public Builder plan(Plan plan) {
                this.plan = plan;
                return this;
            }

            /** The implementation it was checked against and whose score its speedup divides. */
            public Builder baseline(String baseline) {
                this.baseline = baseline;
                return this;
            }

            public Builder observed(List<Observed> observed) {
                this.observed = observed;
                return this;
            }

            /** {@link #JMH} or {@link #EXTERNAL}. */
            public Builder methodology(String methodology) {
                this.methodology = methodology;
                return this;
            }

            public Builder belowResolution(BelowResolution flag) {
                this.belowResolution = flag;
                return this;
            }

            /** How its forks behaved: their classes, changepoints and steady segments. */
            public Builder steadyState(SteadyState steadyState) {
                this.steadyState = steadyState;
                return this;
            }

            public ImplementationResult build() {
                return new ImplementationResult(impl, language, runtime, runtimeMode, status, score, error, ciLow, ciHigh,
                        unit, speedup, speedupLow, speedupHigh, digest, message, settled, drift, samples, plan, baseline,
                        observed, methodology, belowResolution, steadyState);
            }
        }
    }

    /**
     * The distribution of one kind of event a workload recorded (see oxbench.jmh.Observations), in
     * {@code unit}, from JMH's histogram of the measured iterations.
     */
    public record Observed(String name, String unit, long count, double mean, double p50, double p90, double p99,
            double max) {}
}
