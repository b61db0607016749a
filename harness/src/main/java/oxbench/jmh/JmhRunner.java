package oxbench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import oxbench.env.Scratch;
import oxbench.polyglot.RuntimeMode;
import oxbench.steady.Stopping;
import oxbench.results.AtomicFiles;
import oxbench.progress.Progress;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.SampleTimeResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs JMH programmatically for one story: {@link StoryBenchmark} once per implementation, each in
 * its own forks, which inherit this JVM's flags (the optimizing compiler's among them) and the run's
 * runtime mode.
 */
public final class JmhRunner {
    private JmhRunner() {}

    /**
     * What every benchmark of one story's JMH run is labelled with, as {@link StoryBenchmark}'s params
     * (besides the implementation and the runtime mode, which the runner adds).
     *
     * @param story the story's id
     * @param mode  the run's mode, {@code quick} or {@code full}
     * @param size  how much one pass does, e.g. {@code 1000 patterns}
     * @param input the input's digest ({@link oxbench.results.InputDigest})
     * @param origin where a story that is not registered opens from in the forks ({@code Story#origin}), or null
     */
    public record Labels(String story, String mode, String size, String input, String origin) {
        public Labels(String story, String mode, String size, String input) {
            this(story, mode, size, input, null);
        }
    }

    /**
     * What came out of one story's JMH run.
     *
     * @param measured the implementations that produced a score, by id
     * @param failures why the others failed, by id
     */
    public record Outcome(Map<String, Measurement> measured, Map<String, String> failures) {}

    /**
     * Measures the implementations of {@code story}, each with its plan and in its own JMH runs (one
     * after the other, one fork per JMH run, as many forks as the plan's rule asks for), and keeps
     * JMH's own JSON for all of them in {@code jmhJson} (rewritten after each fork, so an interrupted
     * run keeps what was measured) and its console output in {@code jmhLog}.
     *
     * @param plans        the implementations to measure, with how
     * @param unitsPerPass how many units of work one benchmark call performs (JMH divides by it)
     * @param unitOfWork   what a unit of work is, e.g. "file", for the progress lines
     * @param measuredSoFar told the outcome so far after each implementation
     */
    public static Outcome run(Labels labels, Map<String, MeasurementPlan> plans, Path input, int unitsPerPass,
            String unitOfWork, TimeUnit timeUnit, Path jmhJson, Path jmhLog, Progress progress,
            Consumer<Outcome> measuredSoFar) throws IOException {
        String story = labels.story();
        try (PrintStream log = new PrintStream(new FileOutputStream(jmhLog.toFile()), true, StandardCharsets.UTF_8)) {
            ProgressFormat format = new ProgressFormat(
                    OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL), progress, story, plans, unitOfWork);
            List<RunResult> results = new ArrayList<>();
            Map<String, Measurement> measured = new LinkedHashMap<>();
            Map<String, String> failures = new LinkedHashMap<>();
            for (Map.Entry<String, MeasurementPlan> impl : plans.entrySet()) {
                Forks forks = new Forks(impl.getValue());
                int at = results.size();
                String failure = null;
                while (failure == null && forks.another()) {
                    format.fork(forks.count() + 1);
                    Path prior = Files.createTempFile(Scratch.dir(), "oxbench-prior-", ".json");
                    try {
                        ForkStopper.writePrior(prior, forks.prior());
                        Options options = options(labels, impl.getKey(), input, unitsPerPass, impl.getValue(), timeUnit, prior);
                        Collection<RunResult> got;
                        try {
                            got = new Runner(options, format).run();
                        } catch (RunnerException e) {
                            throw new IOException("JMH could not run: " + e.getMessage(), e);
                        }
                        RunResult fork = got.stream().filter(result -> impl.getKey().equals(result.getParams().getParam("impl")))
                                .findFirst().orElse(null);
                        if (fork == null) {
                            failure = format.failures().getOrDefault(impl.getKey(), "JMH produced no result; see " + jmhLog.getFileName());
                        } else {
                            forks.add(fork, format.warmups(), format.measured(), timeUnit);
                            results.subList(at, results.size()).clear();
                            results.add(forks.merged());
                        }
                    } finally {
                        Files.deleteIfExists(prior);
                    }
                }
                if (failure != null) {
                    failures.put(impl.getKey(), forks.count() == 0 ? failure
                            : "fork " + (forks.count() + 1) + " failed after " + forks.count() + " measured: " + failure);
                } else {
                    measured.put(impl.getKey(), forks.measurement());
                }
                writeJson(results, jmhJson);
                measuredSoFar.accept(new Outcome(new LinkedHashMap<>(measured), new LinkedHashMap<>(failures)));
            }
            return new Outcome(measured, failures);
        }
    }

    /**
     * One implementation's forks so far: every fork's JMH result and its whole series (warm-up from
     * the progress format, which JMH's result drops), and whether the rule wants another.
     */
    private static final class Forks {
        private final MeasurementPlan plan;
        private final List<BenchmarkResult> benchmarks = new ArrayList<>();
        private final List<ForkSeries> series = new ArrayList<>();
        private RunResult first;
        private Measurement measurement;

        Forks(MeasurementPlan plan) {
            this.plan = plan;
        }

        int count() {
            return series.size();
        }

        boolean another() {
            return Stopping.anotherFork(plan.rule(), measurement == null ? List.of() : measurement.forkScores());
        }

        /** The steady samples of the forks so far, pooled: what the next fork's target is reached with. */
        double[] prior() {
            return measurement == null ? new double[0]
                    : measurement.forkScores().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        }

        void add(RunResult result, List<IterationResult> warmups, List<IterationResult> measured, TimeUnit unit) {
            if (first == null) {
                first = result;
            }
            benchmarks.addAll(result.getBenchmarkResults());
            series.add(replay(plan, prior(), warmups, measured, unit));
            Map<String, Statistics> observed = new LinkedHashMap<>();
            merged().getSecondaryResults().forEach((name, secondary) -> {
                if (secondary instanceof SampleTimeResult sampled) {
                    observed.put(name, sampled.getStatistics());
                }
            });
            measurement = Measurement.of(series, first.getPrimaryResult().getScoreUnit(), plan.target(), observed);
        }

        /** Every fork as one JMH result, as JMH would have written them had it run them in one go. */
        RunResult merged() {
            return new RunResult(first.getParams(), benchmarks);
        }

        Measurement measurement() {
            return measurement;
        }
    }

    /**
     * One fork's series and why each phase ended: the parent feeds the iterations it received to the
     * same rule the fork's {@link ForkStopper} followed, which decides the same.
     */
    static ForkSeries replay(MeasurementPlan plan, double[] prior, List<IterationResult> warmups,
            List<IterationResult> measured, TimeUnit unit) {
        Stopping stopping = plan.stopping(prior);
        double[] series = new double[warmups.size() + measured.size()];
        int i = 0;
        boolean warmedUp = stopping.warmupEnd() != null; // a fixed warm-up of 0 iterations is over before it starts
        for (IterationResult warmup : warmups) {
            series[i++] = warmup.getPrimaryResult().getScore();
            warmedUp = stopping.warmupDone(warmup.getPrimaryResult().getScore(), ForkStopper.seconds(warmup, unit));
        }
        String warmupEnd = stopping.warmupEnd() == null ? "capped" : label(stopping.warmupEnd());
        String stopped = null;
        for (IterationResult iteration : measured) {
            series[i++] = iteration.getPrimaryResult().getScore();
            if (warmedUp && stopped == null && stopping.measuringDone(iteration.getPrimaryResult().getScore(),
                    ForkStopper.seconds(iteration, unit))) {
                stopped = label(stopping.measurementEnd());
            }
        }
        return new ForkSeries(series, warmups.size(), warmupEnd, stopped == null ? "capped" : stopped);
    }

    private static String label(Enum<?> end) {
        return end.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * JMH's JSON of {@code results}, made in memory and then written atomically: a PrintStream straight
     * to the file would swallow a full disk's error and leave JSON cut mid-way.
     */
    static void writeJson(Collection<RunResult> results, Path jmhJson) throws AtomicFiles.NotWritten {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream json = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(results);
        }
        AtomicFiles.write(jmhJson, bytes.toByteArray());
    }

    static Options options(Labels labels, String impl, Path input, int unitsPerPass, MeasurementPlan plan,
            TimeUnit timeUnit, Path prior) {
        List<String> jvmArgs = forkJvmArgs();
        jvmArgs.add("-D" + ForkStopper.RULE_PROPERTY + "=" + ForkStopper.ruleJson(plan.rule()));
        jvmArgs.add("-D" + ForkStopper.PRIOR_PROPERTY + "=" + prior.toAbsolutePath());
        jvmArgs.add("-D" + StoryBenchmark.INPUT_PROPERTY + "=" + input.toAbsolutePath());
        if (labels.origin() != null) {
            jvmArgs.add("-D" + StoryBenchmark.ORIGIN_PROPERTY + "=" + labels.origin());
        }
        return new OptionsBuilder()
                .include("^" + Pattern.quote(StoryBenchmark.class.getName() + ".run") + "$")
                .param("story", labels.story())
                .param("impl", impl)
                .param("mode", labels.mode())
                .param("runtime", RuntimeMode.current().label())
                .param("size", labels.size())
                .param("input", labels.input())
                .mode(Mode.AverageTime)
                .timeUnit(timeUnit)
                .operationsPerInvocation(unitsPerPass)
                .forks(1)
                .warmupIterations(plan.warmupIterations())
                .warmupTime(TimeValue.milliseconds(plan.warmupMillis()))
                .measurementIterations(plan.measurementIterations())
                .measurementTime(TimeValue.milliseconds(plan.measurementMillis()))
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .addProfiler(ObservationsProfiler.class)
                .addProfiler(ForkStopper.class)
                .shouldFailOnError(false)
                .build();
    }

    /**
     * The forks get this JVM's own flags (the launcher's: the optimizing compiler on the upgrade module
     * path, native access, oxbench.home) plus the run's runtime mode, so a fork can never silently run
     * guest code differently from the parent.
     */
    static List<String> forkJvmArgs() {
        List<String> args = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-D" + RuntimeMode.PROPERTY + "=") && !arg.startsWith("-D" + StoryBenchmark.INPUT_PROPERTY + "=")
                    && !arg.startsWith("-D" + StoryBenchmark.ORIGIN_PROPERTY + "=")
                    && !arg.startsWith("-D" + ForkStopper.RULE_PROPERTY + "=") && !arg.startsWith("-D" + ForkStopper.PRIOR_PROPERTY + "=")
                    && !arg.startsWith("-agentlib:jdwp")) {
                args.add(arg);
            }
        }
        args.add("-D" + RuntimeMode.PROPERTY + "=" + RuntimeMode.current().label());
        return args;
    }
}
