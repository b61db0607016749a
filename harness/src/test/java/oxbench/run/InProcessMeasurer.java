package oxbench.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.story.Story;
import oxbench.story.Workload;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Times implementations in the test's own JVM, without JMH forks: a few warm-up calls, then a few
 * timed calls each consumed, scored per unit of work in microseconds with a Student-t 99.9%
 * interval. For tests of the pipeline, whose assertions never depend on the times.
 */
public final class InProcessMeasurer implements Measurer {
    private static final int WARMUP = 3;
    private static final int MEASURED = 5;

    /** What the timed calls returned, so that the JIT cannot drop them. */
    private int consumed;

    @Override
    public <I> JmhRunner.Outcome measure(Story<I> story, I input, Map<String, MeasurementPlan> plans, String files,
            Consumer<JmhRunner.Outcome> soFar) throws Exception {
        Map<String, Measurement> measured = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        int units = story.units(input);
        for (String impl : plans.keySet()) {
            try (Workload workload = story.implementation(impl).open(input)) {
                for (int i = 0; i < WARMUP; i++) {
                    consumed += System.identityHashCode(workload.run());
                }
                double[] micros = new double[MEASURED];
                for (int i = 0; i < MEASURED; i++) {
                    long start = System.nanoTime();
                    Object output = workload.run();
                    micros[i] = (System.nanoTime() - start) / 1e3 / units;
                    consumed += System.identityHashCode(output);
                }
                double mean = StatUtils.mean(micros);
                double error = new TDistribution(MEASURED - 1).inverseCumulativeProbability(0.9995)
                        * Math.sqrt(StatUtils.variance(micros) / MEASURED);
                measured.put(impl, new Measurement(mean, error, mean - error, mean + error, "us/op",
                        java.util.List.of(micros), Map.of(), null));
            } catch (Exception | LinkageError e) {
                failures.put(impl, e.toString());
            }
            soFar.accept(new JmhRunner.Outcome(Map.copyOf(measured), Map.copyOf(failures)));
        }
        return new JmhRunner.Outcome(measured, failures);
    }
}
