package oxbench.jmh;

import java.util.List;

/**
 * What JMH measured for one implementation.
 *
 * @param score      mean time per unit of work
 * @param error      half-width of JMH's 99.9% confidence interval
 * @param low        lower end of that interval
 * @param high       upper end of that interval
 * @param unit       JMH's score unit, e.g. {@code us/op} (one op is one unit of work)
 * @param forkScores the measured iteration scores of every fork
 */
public record Measurement(
        double score, double error, double low, double high, String unit, List<double[]> forkScores) {

    public int samples() {
        return forkScores.stream().mapToInt(scores -> scores.length).sum();
    }
}
