package oxbench.steady;

/**
 * Barrett et al.'s outliers: a point outside the median of the points around it plus or minus three
 * times their 90th-minus-10th percentile range.
 */
public final class Outliers {
    /** The most points around one point that its median and range are taken over. */
    public static final int WINDOW = 200;

    private Outliers() {}

    /** Which points of {@code series} are outliers. */
    public static boolean[] of(double[] series) {
        throw new UnsupportedOperationException("to be written");
    }
}
