package oxbench.steady;

import java.util.ArrayList;
import java.util.List;

/**
 * Changepoints by PELT (Killick, Fearnhead and Eckley 2012) with the normal mean-and-variance cost,
 * as R's {@code cpt.meanvar} computes it and Barrett et al. used it.
 *
 * <p>A segment of {@code n} points costs {@code n ln(sigma^2)}, sigma^2 being its maximum-likelihood
 * variance (the constant terms of twice the negative log-likelihood add up to the same for every
 * segmentation and are left out). The variance is floored at a tiny value relative to the segment's
 * mean, so that a constant segment costs a large negative number rather than minus infinity.
 */
public final class Pelt {
    /** The floor of a segment's standard deviation, relative to its mean (below any timer's resolution). */
    static final double RELATIVE_SD_FLOOR = 1e-9;
    /** The floor of a segment's variance whatever its mean (a series of zeros). */
    static final double VARIANCE_FLOOR = 1e-300;

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
        if (minSegment < 2) {
            throw new IllegalArgumentException("a segment needs at least 2 points, not " + minSegment);
        }
        if (!(penalty >= 0) || Double.isInfinite(penalty)) {
            throw new IllegalArgumentException("the penalty must be finite and not negative, not " + penalty);
        }
        int n = series.length;
        if (n < 2 * minSegment) {
            return List.of();
        }
        Cost cost = new Cost(series);
        double[] best = new double[n + 1]; // best[t]: the least cost of series[0, t) with its penalties
        int[] lastStart = new int[n + 1]; // where the last segment of that best segmentation starts
        best[0] = -penalty;
        // Candidates for the start of the last segment, ascending. A candidate pruned at time t can
        // still be the best start for ends before t + minSegment (the pruning argument needs a
        // segment (t, end] of at least minSegment points), so it is dropped only after that.
        List<int[]> candidates = new ArrayList<>(); // {start, the time it was pruned at or -1}
        candidates.add(new int[] {0, -1});
        for (int t = minSegment; t <= n; t++) {
            if (t - minSegment >= minSegment) {
                candidates.add(new int[] {t - minSegment, -1}); // the newest start a segment ending at t may have
            }
            final int now = t;
            candidates.removeIf(candidate -> candidate[1] >= 0 && now >= candidate[1] + minSegment);
            double least = Double.POSITIVE_INFINITY;
            int argLeast = 0;
            for (int[] candidate : candidates) {
                int start = candidate[0];
                if (t - start >= minSegment) {
                    double total = best[start] + cost.of(start, t) + penalty;
                    if (total < least) {
                        least = total;
                        argLeast = start;
                    }
                }
            }
            best[t] = least;
            lastStart[t] = argLeast;
            for (int[] candidate : candidates) {
                int start = candidate[0];
                // K = 0: splitting a segment never raises its cost (the maximised likelihood only grows)
                if (candidate[1] < 0 && t - start >= minSegment && best[start] + cost.of(start, t) > least) {
                    candidate[1] = t;
                }
            }
        }
        List<Integer> changepoints = new ArrayList<>();
        for (int start = lastStart[n]; start > 0; start = lastStart[start]) {
            changepoints.add(0, start);
        }
        return List.copyOf(changepoints);
    }

    /** The cost of the segment [from, to) of a series, from prefix sums. */
    static final class Cost {
        private final double shift;
        private final double[] sums;
        private final double[] squares;

        Cost(double[] series) {
            for (double x : series) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("a series to segment must be finite, not " + x);
                }
            }
            // shifted by the first point, so that a constant stretch sums to exactly 0 and large
            // means do not cancel away the variance
            shift = series.length == 0 ? 0 : series[0];
            sums = new double[series.length + 1];
            squares = new double[series.length + 1];
            for (int i = 0; i < series.length; i++) {
                double x = series[i] - shift;
                sums[i + 1] = sums[i] + x;
                squares[i + 1] = squares[i] + x * x;
            }
        }

        /** n ln(sigma^2) of the points [from, to), sigma^2 the floored maximum-likelihood variance. */
        double of(int from, int to) {
            int n = to - from;
            double mean = (sums[to] - sums[from]) / n;
            double variance = (squares[to] - squares[from]) / n - mean * mean;
            // the prefix sums' rounding (at most about one ulp per point summed) must not pass for variance
            double rounding = 4 * Math.ulp(1.0) * to * squares[to] / n;
            double floor = Math.max(Math.max(VARIANCE_FLOOR, rounding), Math.pow(RELATIVE_SD_FLOOR * (mean + shift), 2));
            return n * Math.log(Math.max(variance, floor));
        }
    }
}
