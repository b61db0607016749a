package oxbench.steady;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Barrett et al.'s outliers: a point outside the median of the points around it plus or minus three
 * times their 90th-minus-10th percentile range.
 *
 * <p>The points around point {@code i} are the window of {@value #WINDOW} centred on it,
 * {@code [i - 100, i + 100)}, cut short at the ends of the series. Where that window's range is 0
 * (most of its points equal), a point is an outlier when it differs from the median by more than a
 * tiny relative tolerance: a constant series has none, a single spike in it is one.
 */
public final class Outliers {
    /** The most points around one point that its median and range are taken over. */
    public static final int WINDOW = 200;
    /** How many times the window's 90th-minus-10th percentile range a point may be from its median. */
    static final double RANGES = 3;
    /** How far from the median, relative to it, a point of a window with no range may be (rounding, not time). */
    static final double RELATIVE_TOLERANCE = 1e-9;

    private Outliers() {}

    /** Which points of {@code series} are outliers. */
    public static boolean[] of(double[] series) {
        return of(series, 0);
    }

    /**
     * Which points of {@code series} from index {@code from} on are outliers (earlier ones are left
     * false): a point's window is complete once {@code WINDOW / 2} points follow it, so a caller
     * fed one point at a time need only look again at the points whose window is not.
     */
    static boolean[] of(double[] series, int from) {
        boolean[] outliers = new boolean[series.length];
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        for (int i = Math.max(0, from); i < series.length; i++) {
            int lo = Math.max(0, i - WINDOW / 2);
            int hi = Math.min(series.length, i + WINDOW / 2);
            percentile.setData(series, lo, hi - lo);
            double median = percentile.evaluate(50);
            double range = percentile.evaluate(90) - percentile.evaluate(10);
            double allowed = Math.max(RANGES * range, RELATIVE_TOLERANCE * Math.abs(median));
            outliers[i] = Math.abs(series[i] - median) > allowed;
        }
        return outliers;
    }
}
