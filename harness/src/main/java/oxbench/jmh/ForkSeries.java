package oxbench.jmh;

/**
 * Every iteration one fork ran (a JMH fork or an external driver's process), warm-up included, and
 * why each phase ended.
 *
 * @param series       every iteration's score (time per unit of work, in the measurement's unit), in order
 * @param measuredFrom the index of the first measured iteration (the ones before were warm-up)
 * @param warmup       why warm-up ended: "steady", "capped" or "fixed"
 * @param stopped      why measuring ended: "target", "capped" or "fixed"
 */
public record ForkSeries(double[] series, int measuredFrom, String warmup, String stopped) {
    public ForkSeries {
        if (measuredFrom < 0 || measuredFrom > series.length) {
            throw new IllegalArgumentException("measured from " + measuredFrom + " of " + series.length + " iterations");
        }
    }

    /** The measured iterations alone. */
    public double[] measured() {
        return java.util.Arrays.copyOfRange(series, measuredFrom, series.length);
    }
}
