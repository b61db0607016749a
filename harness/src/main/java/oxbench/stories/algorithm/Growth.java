package oxbench.stories.algorithm;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * How an implementation's time grows with its input: the exponent k of {@code time ~ n^k}, fitted
 * by least squares on {@code log time} against {@code log n}, and the size at which one
 * implementation overtakes another.
 */
public final class Growth {
    private Growth() {}

    /**
     * A fitted exponent with its standard error and 95% confidence interval (Student's t with
     * {@code points - 2} degrees of freedom).
     */
    public record Exponent(double value, double standardError, double low, double high, int points) {}

    /**
     * The exponent over the given sizes and times (at least three points, all positive).
     *
     * @throws IllegalArgumentException with fewer than three points or a non-positive value
     */
    public static Exponent exponent(List<Integer> sizes, List<Double> times) {
        if (sizes.size() != times.size() || sizes.size() < 3) {
            throw new IllegalArgumentException("a growth exponent needs at least three sizes with a time each");
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) <= 0 || !(times.get(i) > 0)) {
                throw new IllegalArgumentException("sizes and times must be positive");
            }
            regression.addData(Math.log(sizes.get(i)), Math.log(times.get(i)));
        }
        double slope = regression.getSlope();
        double error = regression.getSlopeStdErr();
        int points = sizes.size();
        double t = new TDistribution(points - 2).inverseCumulativeProbability(0.975);
        return new Exponent(slope, error, slope - t * error, slope + t * error, points);
    }

    /**
     * The size at which {@code challenger} becomes faster than {@code incumbent}: the first pair of
     * consecutive sizes where the incumbent is faster at the smaller and slower at the larger, the
     * crossing interpolated on a log-log scale (both times taken as straight lines between the two
     * sizes). Null when the challenger never overtakes within the sizes, or is faster from the first.
     *
     * @param sizes      ascending
     * @param challenger its time at each size
     * @param incumbent  its time at each size
     */
    public static Double crossover(List<Integer> sizes, List<Double> challenger, List<Double> incumbent) {
        if (sizes.isEmpty() || !(challenger.getFirst() > incumbent.getFirst())) {
            return null;
        }
        for (int i = 1; i < sizes.size(); i++) {
            double before = Math.log(challenger.get(i - 1) / incumbent.get(i - 1));
            double after = Math.log(challenger.get(i) / incumbent.get(i));
            if (before > 0 && after <= 0) {
                double x0 = Math.log(sizes.get(i - 1));
                double x1 = Math.log(sizes.get(i));
                return Math.exp(x0 + (x1 - x0) * before / (before - after));
            }
        }
        return null;
    }
}
