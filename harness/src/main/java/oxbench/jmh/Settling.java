package oxbench.jmh;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Checks that warm-up was long enough: within each fork, the measured iterations must not still
 * be trending. A fork is unsettled when the least-squares slope of score against iteration is
 * significant (p &lt; 0.01) and amounts to more than {@value #MAX_DRIFT} of the mean over the
 * measurement window.
 */
public final class Settling {
    /** The largest relative change across a fork's measurement window that still counts as settled. */
    public static final double MAX_DRIFT = 0.05;

    static final double SIGNIFICANCE = 0.01;

    private Settling() {}

    /**
     * The verdict over all forks.
     *
     * @param drift the largest relative drift of any fork (signed: negative means still getting faster)
     */
    public record Verdict(boolean settled, double drift) {}

    public static Verdict of(List<double[]> forkScores) {
        boolean settled = true;
        double worst = 0;
        for (double[] scores : forkScores) {
            if (scores.length < 3) {
                continue;
            }
            SimpleRegression regression = new SimpleRegression();
            double sum = 0;
            for (int i = 0; i < scores.length; i++) {
                regression.addData(i, scores[i]);
                sum += scores[i];
            }
            double mean = sum / scores.length;
            double drift = regression.getSlope() * (scores.length - 1) / mean;
            if (Math.abs(drift) > Math.abs(worst)) {
                worst = drift;
            }
            if (Math.abs(drift) > MAX_DRIFT && regression.getSignificance() < SIGNIFICANCE) {
                settled = false;
            }
        }
        return new Verdict(settled, worst);
    }
}
