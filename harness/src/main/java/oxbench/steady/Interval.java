package oxbench.steady;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The confidence interval oxbench reports for a score, as JMH computes it: the mean of the samples
 * and the half-width of the Student-t interval at {@value #CONFIDENCE} over all of them.
 */
public final class Interval {
    /** JMH's confidence level. */
    public static final double CONFIDENCE = 0.999;

    private Interval() {}

    /** The mean of {@code samples}; NaN when there are none. */
    public static double mean(double[] samples) {
        return statistics(samples).getMean();
    }

    /** The half-width of the 99.9% Student-t interval around the mean; NaN with fewer than two samples. */
    public static double halfWidth(double[] samples) {
        SummaryStatistics statistics = statistics(samples);
        if (statistics.getN() < 2) {
            return Double.NaN;
        }
        double t = new TDistribution(statistics.getN() - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * statistics.getStandardDeviation() / Math.sqrt(statistics.getN());
    }

    /** The half-width relative to the mean (0.02 is 2%); NaN with fewer than two samples or a mean of 0. */
    public static double relativeHalfWidth(double[] samples) {
        double mean = mean(samples);
        return mean == 0 ? Double.NaN : halfWidth(samples) / Math.abs(mean);
    }

    private static SummaryStatistics statistics(double[] samples) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (double sample : samples) {
            statistics.addValue(sample);
        }
        return statistics;
    }
}
