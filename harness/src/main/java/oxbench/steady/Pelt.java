package oxbench.steady;

import java.util.List;

/**
 * Changepoints by PELT (Killick, Fearnhead and Eckley 2012) with the normal mean-and-variance cost,
 * as R's {@code cpt.meanvar} computes it and Barrett et al. used it.
 */
public final class Pelt {
    private Pelt() {}

    /** Barrett et al.'s penalty for a series of {@code n} points: 15 ln n. */
    public static double penalty(int n) {
        return 15 * Math.log(Math.max(n, 2));
    }

    /**
     * The optimal segmentation of {@code series} under {@code penalty} per changepoint.
     *
     * @param minSegment the fewest points a segment may have (at least 2)
     * @return the indexes where a new segment begins, ascending (0 is never one)
     */
    public static List<Integer> changepoints(double[] series, double penalty, int minSegment) {
        throw new UnsupportedOperationException("to be written");
    }
}
