package oxbench.steady;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies one fork's series (Barrett et al.): outliers marked and left out, changepoints found
 * by {@link Pelt}, each earlier segment compared with the last, and the fork called flat, warmup,
 * slowdown or no-steady-state.
 *
 * <p>A segment is equivalent to the last when their means differ by no more than the last's
 * standard deviation or 1% of the fastest segment's mean, whichever is larger (Barrett et al.
 * compare with the variance, which depends on the unit; the standard deviation does not). A
 * segment that differs from the last and whose last iteration was measured means the times still
 * changed inside the measured window: no steady state.
 */
public final class Classifier {
    /** The difference of means, relative to the fastest segment's, below which two segments are the same. */
    static final double RELATIVE_TOLERANCE = 0.01;

    private Classifier() {}

    /**
     * @param series       every iteration's score, warm-up included, in order
     * @param measuredFrom the index of the first measured iteration
     */
    public static ForkSteadiness classify(double[] series, int measuredFrom) {
        if (measuredFrom < 0 || measuredFrom > series.length) {
            throw new IllegalArgumentException("the first measured iteration " + measuredFrom
                    + " is not in a series of " + series.length);
        }
        boolean[] outliers = Outliers.of(series);
        List<Integer> outlierIndexes = new ArrayList<>();
        for (int i = 0; i < outliers.length; i++) {
            if (outliers[i]) {
                outlierIndexes.add(i);
            }
        }
        Segmentation segmentation = Segmentation.of(series, outliers);
        List<Segmentation.Segment> segments = segmentation.segments();
        Segmentation.Segment last = segmentation.last();
        double fastest = segments.stream().mapToDouble(Segmentation.Segment::mean).min().orElse(Double.NaN);
        double tolerance = Math.max(RELATIVE_TOLERANCE * Math.abs(fastest), last.standardDeviation());

        boolean differs = false;
        boolean changesWhileMeasured = false;
        boolean fasterBefore = false;
        int steadySegment = segments.size() - 1;
        boolean trailing = true;
        for (int k = segments.size() - 2; k >= 0; k--) {
            Segmentation.Segment segment = segments.get(k);
            boolean equivalent = Math.abs(segment.mean() - last.mean()) <= tolerance;
            if (equivalent) {
                if (trailing) {
                    steadySegment = k;
                }
                continue;
            }
            trailing = false;
            differs = true;
            changesWhileMeasured |= segment.end() > measuredFrom;
            fasterBefore |= segment.mean() < last.mean();
        }
        SteadyClass steadyClass;
        if (!differs) {
            steadyClass = SteadyClass.FLAT;
        } else if (changesWhileMeasured) {
            steadyClass = SteadyClass.NO_STEADY_STATE;
            steadySegment = segments.size() - 1;
        } else if (fasterBefore) {
            steadyClass = SteadyClass.SLOWDOWN;
        } else {
            steadyClass = SteadyClass.WARMUP;
        }
        return new ForkSteadiness(steadyClass, segmentation.changepoints(), segments.get(steadySegment).start(),
                measuredFrom, outlierIndexes);
    }
}
