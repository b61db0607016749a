package oxbench.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import oxbench.steady.Classifier;
import oxbench.steady.ForkSteadiness;
import oxbench.steady.Interval;
import oxbench.steady.RowSteadiness;
import oxbench.summary.Summary;
import org.openjdk.jmh.util.Statistics;

/**
 * What was measured for one implementation: the score and interval over the steady segment of every
 * fork's measured iterations, and how each fork behaved.
 *
 * @param score       mean time per unit of work over the steady measured iterations of all forks
 * @param error       half-width of the Student-t 99.9% interval over them (as JMH computes it)
 * @param low         lower end of that interval
 * @param high        upper end of that interval
 * @param unit        the score's unit, e.g. {@code us/op} (one op is one unit of work)
 * @param forkScores  the steady measured iteration scores of every fork (what the score is the mean of)
 * @param observed    what the workload recorded per event ({@link Observations}), by name, in the
 *                    score's time unit, over the measured iterations of every fork
 * @param steadyState how the forks behaved, as summary.json records it (null where nothing was classified)
 */
public record Measurement(double score, double error, double low, double high, String unit,
        List<double[]> forkScores, Map<String, Statistics> observed, Summary.SteadyState steadyState) {

    public int samples() {
        return forkScores.stream().mapToInt(scores -> scores.length).sum();
    }

    /**
     * Classifies every fork's series and scores the row on the steady segments of their measured
     * iterations.
     *
     * @param target the half-width the row was measured towards (0.02 is 2%), or null for fixed counts
     */
    public static Measurement of(List<ForkSeries> forks, String unit, Double target, Map<String, Statistics> observed) {
        if (forks.isEmpty()) {
            throw new IllegalArgumentException("no forks");
        }
        List<ForkSteadiness> classified = new ArrayList<>();
        List<double[]> steady = new ArrayList<>();
        List<Summary.ForkState> states = new ArrayList<>();
        for (ForkSeries fork : forks) {
            if (fork.measuredFrom() >= fork.series().length) {
                throw new IllegalArgumentException("a fork has no measured iteration");
            }
            ForkSteadiness one = Classifier.classify(fork.series(), fork.measuredFrom());
            classified.add(one);
            double[] measured = fork.measured();
            // a fork whose steady segment starts after its last measured iteration keeps its last one
            int from = Math.min(one.steadyMeasuredFrom(), measured.length - 1);
            steady.add(Arrays.copyOfRange(measured, from, measured.length));
            states.add(new Summary.ForkState(one.steadyClass().label(), one.changepoints(), one.steadyFrom(),
                    fork.measuredFrom(), fork.series().length, fork.warmup(), fork.stopped()));
        }
        RowSteadiness row = RowSteadiness.of(classified, steady);
        double[] pooled = steady.stream().flatMapToDouble(Arrays::stream).toArray();
        double score = Interval.mean(pooled);
        double error = Interval.halfWidth(pooled);
        Boolean reached = target == null ? null : error / score <= target;
        Summary.SteadyState state = new Summary.SteadyState(row.steadyClass().label(), row.consistent(), states, target, reached);
        return new Measurement(score, error, score - error, score + error, unit, steady, observed, state);
    }
}
