package oxbench.steady;

import java.util.List;

/**
 * What the classifier found in one fork's series (every iteration, warm-up included, in order).
 *
 * @param steadyClass  the fork's class
 * @param changepoints iteration indexes (0-based, into the whole series) where a new segment begins
 * @param steadyFrom   the first iteration of the steady segment: the earliest segment of the run of
 *                     segments at the end that do not differ from the last one (for a fork with no
 *                     steady state, the start of the last segment)
 * @param measuredFrom the first measured (not warm-up) iteration
 * @param outliers     the iteration indexes marked as outliers (left out of the changepoint search,
 *                     kept in the score)
 */
public record ForkSteadiness(SteadyClass steadyClass, List<Integer> changepoints, int steadyFrom, int measuredFrom,
        List<Integer> outliers) {
    public ForkSteadiness {
        changepoints = List.copyOf(changepoints);
        outliers = List.copyOf(outliers);
    }

    /**
     * The first measured iteration that is in the steady segment, as an index into the measured
     * iterations alone (0 when the steady segment began during warm-up).
     */
    public int steadyMeasuredFrom() {
        return Math.max(0, steadyFrom - measuredFrom);
    }
}
