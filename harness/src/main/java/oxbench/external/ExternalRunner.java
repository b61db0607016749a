package oxbench.external;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import oxbench.env.Scratch;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.progress.Progress;
import oxbench.progress.Progress.Step;
import oxbench.results.AtomicFiles;
import oxbench.results.Json;
import oxbench.story.Unavailable;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Measures external implementations with their drivers, by the same plan and statistics as JMH:
 * each of the plan's forks is a new driver process that warms up for the plan's warm-up time and
 * then runs its measured iterations; the score is the mean of every iteration's time per unit of
 * work, the error the half-width of its 99.9% Student-t interval (as JMH computes it). Every sample
 * is kept in {@code external-<story>.json} beside JMH's own files.
 */
public final class ExternalRunner {
    static final double CONFIDENCE = 0.999;

    private ExternalRunner() {}

    /**
     * What every driver run of one implementation reported, fork by fork (written to the run
     * directory), and the wall-clock seconds its processes took, start-up and warm-up included.
     */
    record Record(String impl, String runtime, MeasurementPlan plan, int unitsPerOperation,
            List<List<DriverResult.Sample>> forks, double wallSeconds) {}

    /**
     * @param impls        the external implementations to measure, by id, with their plans
     * @param input        the story's input as the JMH forks get it
     * @param unitsPerPass units of work in one operation (scores are per unit, in microseconds)
     * @param samplesFile  where every sample is written (rewritten after each implementation)
     */
    public static JmhRunner.Outcome run(String story, Map<ExternalImplementation<?>, MeasurementPlan> impls, Path input,
            int unitsPerPass, Path samplesFile, Progress progress, Consumer<JmhRunner.Outcome> soFar)
            throws IOException, InterruptedException {
        Map<String, Measurement> measured = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<Record> records = new ArrayList<>();
        for (Map.Entry<ExternalImplementation<?>, MeasurementPlan> entry : impls.entrySet()) {
            ExternalImplementation<?> impl = entry.getKey();
            MeasurementPlan plan = entry.getValue();
            List<List<DriverResult.Sample>> forks = new ArrayList<>();
            String runtime = null;
            long started = System.nanoTime();
            try {
                for (int fork = 1; fork <= plan.forks(); fork++) {
                    progress.step(new Step(String.format(Locale.ROOT, "  %s: measuring in %s (process %d of %d, %d x %.2g s warm-up + %d x %.2g s)",
                            impl.id(), impl.driver().program(), fork, plan.forks(), plan.warmupIterations(),
                            plan.warmupMillis() / 1000.0, plan.measurementIterations(), plan.measurementMillis() / 1000.0),
                            story, impl.id(), "measuring", null));
                    Path result = Files.createTempFile(Scratch.dir(), "oxbench-driver-", ".json");
                    try {
                        DriverResult got = impl.driver().run(input, result, plan.warmupIterations() * plan.warmupMillis(),
                                plan.measurementIterations(), plan.measurementMillis());
                        runtime = got.runtime();
                        forks.add(got.samples());
                    } finally {
                        Files.deleteIfExists(result);
                    }
                }
                measured.put(impl.id(), measurement(forks, unitsPerPass));
            } catch (DriverFailure | Unavailable e) {
                failures.put(impl.id(), e.getMessage());
                progress.note("  " + impl.id() + ": failed: " + e.getMessage());
            }
            records.add(new Record(impl.id(), runtime, plan, unitsPerPass, forks, (System.nanoTime() - started) / 1e9));
            AtomicFiles.write(samplesFile, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(records));
            soFar.accept(new JmhRunner.Outcome(new LinkedHashMap<>(measured), new LinkedHashMap<>(failures)));
        }
        return new JmhRunner.Outcome(measured, failures);
    }

    /** Every iteration's time per unit of work, in microseconds; mean and Student-t 99.9% half-width, as JMH does. */
    static Measurement measurement(List<List<DriverResult.Sample>> forks, int unitsPerPass) {
        SummaryStatistics all = new SummaryStatistics();
        List<double[]> forkScores = new ArrayList<>();
        for (List<DriverResult.Sample> fork : forks) {
            double[] scores = fork.stream().mapToDouble(sample -> sample.nanosPerOp() / unitsPerPass / 1000.0).toArray();
            for (double score : scores) {
                all.addValue(score);
            }
            forkScores.add(scores);
        }
        if (all.getN() == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double error = Double.NaN;
        if (all.getN() > 1) {
            double t = new TDistribution(all.getN() - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
            error = t * all.getStandardDeviation() / Math.sqrt(all.getN());
        }
        double score = all.getMean();
        return new Measurement(score, error, score - error, score + error, "us/op", forkScores, Map.of(), null);
    }
}
