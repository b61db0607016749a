package oxbench.steady;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A series cut into segments the way the classifier and the warm-up detector both need it: the
 * outliers left out, PELT run on the rest, and its changepoints mapped back to indexes of the
 * whole series.
 *
 * @param changepoints the indexes of the whole series where a new segment begins
 * @param segments     the segments, in order
 */
record Segmentation(List<Integer> changepoints, List<Segment> segments) {
    /** The fewest points of a segment, fewer for a series too short to have two of five. */
    static final int MIN_SEGMENT = 5;

    /**
     * One segment.
     *
     * @param start  its first index into the whole series
     * @param end    the index after its last
     * @param values its points that are not outliers, in order
     */
    record Segment(int start, int end, double[] values) {
        double mean() {
            return statistics().getMean();
        }

        /** The sample standard deviation of its points (0 for a single point). */
        double standardDeviation() {
            return values.length < 2 ? 0 : statistics().getStandardDeviation();
        }

        int iterations() {
            return end - start;
        }

        private SummaryStatistics statistics() {
            SummaryStatistics statistics = new SummaryStatistics();
            for (double value : values) {
                statistics.addValue(value);
            }
            return statistics;
        }
    }

    /** The segments of {@code series}, leaving out the points {@code outliers} marks. */
    static Segmentation of(double[] series, boolean[] outliers) {
        int[] kept = new int[series.length];
        int count = 0;
        for (int i = 0; i < series.length; i++) {
            if (!outliers[i]) {
                kept[count++] = i;
            }
        }
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = series[kept[k]];
        }
        List<Integer> found = Pelt.changepoints(values, Pelt.penalty(count), minSegment(count));
        List<Integer> changepoints = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= found.size(); k++) {
            int to = k < found.size() ? found.get(k) : count;
            int start = k == 0 ? 0 : kept[from];
            int end = k < found.size() ? kept[to] : series.length;
            if (k < found.size()) {
                changepoints.add(end);
            }
            segments.add(new Segment(start, end, Arrays.copyOfRange(values, from, to)));
            from = to;
        }
        return new Segmentation(changepoints, segments);
    }

    /** {@value #MIN_SEGMENT}, or for a series of fewer than 20 points a quarter of it (at least 2). */
    static int minSegment(int points) {
        return Math.max(2, Math.min(MIN_SEGMENT, points / 4));
    }

    Segment last() {
        return segments.getLast();
    }
}
