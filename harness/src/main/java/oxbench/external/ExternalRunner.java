package oxbench.external;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import oxbench.env.Scratch;
import oxbench.jmh.ForkSeries;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.progress.Progress;
import oxbench.progress.Progress.Step;
import oxbench.results.AtomicFiles;
import oxbench.results.Json;
import oxbench.steady.Stopping;
import oxbench.story.Unavailable;

/**
 * Measures external implementations with their drivers, by the same stopping rule and statistics as
 * JMH's rows: oxbench drives every iteration ({@link DriverProcess}) and the plan's {@link Stopping}
 * decides when a fork's warm-up ends, when its measuring ends and whether the row needs another fork
 * (a new driver process). Scores are each iteration's time per unit of work, in microseconds; the
 * row is classified and scored on the steady segments by {@link Measurement#of}. Every iteration,
 * warm-up included, is kept in {@code external-<story>.json} beside JMH's own files.
 */
public final class ExternalRunner {
    private ExternalRunner() {}

    /**
     * What every driver process of one implementation ran (written to the run directory), and the
     * wall-clock seconds its processes took, start-up and output included.
     *
     * @param forks  each fork's measured iterations (what {@code bench compare} reads)
     * @param series each fork's warm-up iterations and why its phases ended, in the order of {@code forks}
     */
    record Record(String impl, String runtime, MeasurementPlan plan, int unitsPerOperation,
            List<List<DriverResult.Sample>> forks, List<Fork> series, double wallSeconds) {}

    /**
     * The rest of one fork's record.
     *
     * @param warmup         its warm-up iterations, in order
     * @param warmupEnd      why warm-up ended: {@code steady}, {@code capped} or {@code fixed}; null if the driver failed first
     * @param measurementEnd why measuring ended: {@code target}, {@code capped} or {@code fixed}; null if the driver failed first
     */
    record Fork(List<DriverResult.Sample> warmup, String warmupEnd, String measurementEnd) {}

    /**
     * @param impls        the external implementations to measure, by id, with their plans
     * @param input        the story's input as the JMH forks get it
     * @param unitsPerPass units of work in one operation (scores are per unit, in microseconds)
     * @param samplesFile  where every iteration is written (rewritten after each fork)
     */
    public static JmhRunner.Outcome run(String story, Map<ExternalImplementation<?>, MeasurementPlan> impls, Path input,
            int unitsPerPass, Path samplesFile, Progress progress, Consumer<JmhRunner.Outcome> soFar)
            throws IOException, InterruptedException {
        Map<String, Measurement> measured = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<Record> records = new ArrayList<>();
        for (Map.Entry<ExternalImplementation<?>, MeasurementPlan> entry : impls.entrySet()) {
            Row row = new Row(entry.getKey(), entry.getValue(), unitsPerPass);
            try {
                Measurement measurement = row.measure(input, story, progress,
                        () -> write(samplesFile, records, row.record()));
                measured.put(row.impl.id(), measurement);
            } catch (DriverFailure | Unavailable e) {
                failures.put(row.impl.id(), e.getMessage());
                progress.note("  " + row.impl.id() + ": failed: " + e.getMessage());
            }
            records.add(row.record());
            write(samplesFile, records, null);
            soFar.accept(new JmhRunner.Outcome(new LinkedHashMap<>(measured), new LinkedHashMap<>(failures)));
        }
        return new JmhRunner.Outcome(measured, failures);
    }

    /** The records so far, and the one being measured (null when none is): a run that stops keeps every fork already run. */
    private static void write(Path samplesFile, List<Record> done, Record current) throws IOException {
        List<Record> all = new ArrayList<>(done);
        if (current != null) {
            all.add(current);
        }
        AtomicFiles.write(samplesFile, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
    }

    /** One iteration's time per unit of work in microseconds: {@code nanos / ops / unitsPerPass / 1000}. */
    static double score(DriverResult.Sample sample, int unitsPerPass) {
        return sample.nanosPerOp() / unitsPerPass / 1000.0;
    }

    /** Something to do after each fork. */
    private interface AfterFork {
        void run() throws IOException;
    }

    /** One implementation's forks while they run. */
    private static final class Row {
        final ExternalImplementation<?> impl;
        final MeasurementPlan plan;
        final int unitsPerPass;
        final List<List<DriverResult.Sample>> forks = new ArrayList<>();
        final List<Fork> series = new ArrayList<>();
        final List<ForkSeries> scored = new ArrayList<>();
        final long started = System.nanoTime();
        String runtime;

        Row(ExternalImplementation<?> impl, MeasurementPlan plan, int unitsPerPass) {
            this.impl = impl;
            this.plan = plan;
            this.unitsPerPass = unitsPerPass;
        }

        Record record() {
            return new Record(impl.id(), runtime, plan, unitsPerPass, List.copyOf(forks), List.copyOf(series),
                    (System.nanoTime() - started) / 1e9);
        }

        /** Forks one at a time while the rule asks for another; the row's measurement over all of them. */
        Measurement measure(Path input, String story, Progress progress, AfterFork afterFork)
                throws DriverFailure, Unavailable, IOException, InterruptedException {
            Measurement measurement = null;
            List<double[]> steady = List.of();
            while (Stopping.anotherFork(plan.rule(), steady)) {
                int fork = forks.size() + 1;
                progress.step(new Step(String.format(Locale.ROOT, "  %s: measuring in %s (process %d)", impl.id(),
                        impl.driver().program(), fork), story, impl.id(), "measuring", null));
                double[] prior = steady.stream().flatMapToDouble(Arrays::stream).toArray();
                Stopping stopping = plan.stopping(prior);
                try {
                    runFork(input, stopping, phase -> progress.step(new Step(null, story, impl.id(),
                            "process " + fork + ", " + phase, null)));
                } finally {
                    afterFork.run();
                }
                measurement = Measurement.of(scored, "us/op", plan.target(), Map.of());
                steady = measurement.forkScores();
                progress.note("  " + impl.id() + ": process " + fork + ": " + said(series.getLast(), measurement));
            }
            return measurement;
        }

        /** One driver process: warm-up until the rule ends it, then measured iterations until it ends them. */
        private void runFork(Path input, Stopping stopping, Consumer<String> phase) throws DriverFailure, Unavailable, IOException, InterruptedException {
            List<DriverResult.Sample> warmup = new ArrayList<>();
            List<DriverResult.Sample> measuredIterations = new ArrayList<>();
            forks.add(measuredIterations);
            series.add(new Fork(warmup, null, null));
            Path result = Files.createTempFile(Scratch.dir(), "oxbench-driver-", ".json");
            try (DriverProcess process = impl.driver().start(input, result)) {
                runtime = process.ready(DriverProcess.READY_TIMEOUT).runtime();
                // a fixed count of none runs no warm-up iteration at all
                boolean warm = Integer.valueOf(0).equals(plan.rule().warmupIterations());
                while (!warm) {
                    phase.accept("warm-up " + (warmup.size() + 1));
                    DriverResult.Sample sample = process.iterate(plan.warmupMillis());
                    warmup.add(sample);
                    warm = stopping.warmupDone(score(sample, unitsPerPass), sample.nanos() / 1e9);
                }
                boolean done = false;
                while (!done) {
                    phase.accept("measuring " + (measuredIterations.size() + 1));
                    DriverResult.Sample sample = process.iterate(plan.measurementMillis());
                    measuredIterations.add(sample);
                    done = stopping.measuringDone(score(sample, unitsPerPass), sample.nanos() / 1e9);
                }
            } finally {
                Files.deleteIfExists(result);
            }
            String warmupEnd = stopping.warmupEnd() == null ? "fixed" : label(stopping.warmupEnd());
            String measurementEnd = label(stopping.measurementEnd());
            series.set(series.size() - 1, new Fork(warmup, warmupEnd, measurementEnd));
            double[] scores = new double[warmup.size() + measuredIterations.size()];
            int i = 0;
            for (DriverResult.Sample sample : warmup) {
                scores[i++] = score(sample, unitsPerPass);
            }
            for (DriverResult.Sample sample : measuredIterations) {
                scores[i++] = score(sample, unitsPerPass);
            }
            scored.add(new ForkSeries(scores, warmup.size(), warmupEnd, measurementEnd));
        }

        /** What one fork did, e.g. {@code warm-up steady after 12 x 0.2 s, 15 x 0.2 s measured, reached 2% (±1.7%)}. */
        private String said(Fork fork, Measurement measurement) {
            int warmups = fork.warmup().size();
            String warmup = switch (fork.warmupEnd()) {
                case "steady" -> "warm-up steady after " + times(warmups, plan.warmupMillis());
                case "capped" -> "warm-up capped after " + times(warmups, plan.warmupMillis()) + " (not steady)";
                default -> warmups == 0 ? "no warm-up" : times(warmups, plan.warmupMillis()) + " warm-up";
            };
            double relative = measurement.error() / measurement.score();
            String interval = Double.isFinite(relative) ? String.format(Locale.ROOT, "±%.2g%%", 100 * relative) : "no interval yet";
            String end = switch (fork.measurementEnd()) {
                case "target" -> String.format(Locale.ROOT, "reached %s (%s)", percent(plan.target()), interval);
                case "capped" -> plan.target() == null ? "capped (" + interval + ")"
                        : String.format(Locale.ROOT, "capped at %s, target %s not reached", interval, percent(plan.target()));
                default -> interval;
            };
            String forkClass = measurement.steadyState() == null ? ""
                    : ", " + measurement.steadyState().forks().getLast().steadyClass();
            return warmup + ", " + times(forks.getLast().size(), plan.measurementMillis()) + " measured, " + end + forkClass;
        }
    }

    private static String label(Enum<?> end) {
        return end == null ? null : end.name().toLowerCase(Locale.ROOT);
    }

    private static String times(int count, int millis) {
        return count + " x " + BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String percent(Double fraction) {
        return fraction == null ? "?" : BigDecimal.valueOf(100 * fraction).stripTrailingZeros().toPlainString() + "%";
    }
}
