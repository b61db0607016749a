package oxbench.steady;

/**
 * When a fork stops warming up and stops measuring, and how many forks a row gets: the adaptive
 * rule (warm up until the series is steady, measure until the interval is narrow enough, add forks
 * while they disagree) with its caps, or fixed counts where the user or the fixed plan gives them.
 * Times are the iterations' own measured seconds (not wall-clock), so that the same series always
 * gets the same decisions.
 *
 * @param warmupIterations      a fixed number of warm-up iterations, or null to warm up until steady
 * @param minWarmupSeconds      warm up at least this long before the series may count as steady
 * @param warmupCapSeconds      warm up at most this long (then measure, reported as capped)
 * @param steadySeconds         the last segment must span at least this long to count as steady
 * @param steadyIterations      ... and at least this many iterations
 * @param measurementIterations a fixed number of measured iterations per fork, or null to measure
 *                              until the target half-width
 * @param target                the 99.9% half-width to reach, relative to the score (0.02 is 2%)
 * @param minMeasured           measure at least this many iterations per fork
 * @param measurementCapSeconds measure at most this long per fork (then stop, reported as not
 *                              reaching the target)
 * @param minForks              forks every row gets
 * @param maxForks              forks a row may get while its forks' means disagree
 */
public record StoppingRule(Integer warmupIterations, double minWarmupSeconds, double warmupCapSeconds,
        double steadySeconds, int steadyIterations, Integer measurementIterations, double target, int minMeasured,
        double measurementCapSeconds, int minForks, int maxForks) {

    public StoppingRule {
        if ((warmupIterations != null && warmupIterations < 0) || (measurementIterations != null && measurementIterations < 1)
                || minForks < 1 || maxForks < minForks || minMeasured < 1 || !(target > 0)) {
            throw new IllegalArgumentException("a stopping rule needs forks >= 1, at least one measured iteration and a"
                    + " positive target");
        }
    }

    /** Whether warm-up ends by the detector (rather than after a fixed count). */
    public boolean adaptiveWarmup() {
        return warmupIterations == null;
    }

    /** Whether measuring ends at the target (rather than after a fixed count). */
    public boolean adaptiveMeasurement() {
        return measurementIterations == null;
    }

    /** Whether the number of forks depends on whether they agree. */
    public boolean adaptiveForks() {
        return maxForks > minForks;
    }
}
