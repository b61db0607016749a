package oxbench.jmh;

import java.util.List;
import java.util.Map;
import org.openjdk.jmh.util.Statistics;

/**
 * What JMH measured for one implementation.
 *
 * @param score      mean time per unit of work
 * @param error      half-width of JMH's 99.9% confidence interval
 * @param low        lower end of that interval
 * @param high       upper end of that interval
 * @param unit       JMH's score unit, e.g. {@code us/op} (one op is one unit of work)
 * @param forkScores the measured iteration scores of every fork
 * @param observed   what the workload recorded per event ({@link Observations}), by name, in the
 *                   score's time unit, over the measured iterations of every fork
 */
public record Measurement(double score, double error, double low, double high, String unit,
        List<double[]> forkScores, Map<String, Statistics> observed) {

    public int samples() {
        return forkScores.stream().mapToInt(scores -> scores.length).sum();
    }
}
