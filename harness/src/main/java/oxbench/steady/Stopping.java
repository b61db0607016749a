package oxbench.steady;

/**
 * One fork's stopping decisions, fed one iteration at a time: first every warm-up iteration until
 * {@link #warmupDone} says warm-up is over, then every measured iteration until
 * {@link #measuringDone} says the fork is done. The same rule decides inside a JMH fork and in
 * oxbench for an external driver; given the same series and prior it always decides the same.
 */
public final class Stopping {
    /** Why warm-up ended. */
    public enum WarmupEnd { STEADY, CAPPED, FIXED }

    /** Why measuring ended. */
    public enum MeasurementEnd { TARGET, CAPPED, FIXED }

    /**
     * @param rule  the rule
     * @param prior the steady measured samples of the row's earlier forks, pooled (empty for the
     *              first fork): the target is reached when the interval over them and this fork's
     *              measured samples is narrow enough
     */
    public Stopping(StoppingRule rule, double[] prior) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Records one warm-up iteration: its score (time per unit of work) and how long it took.
     *
     * @return whether warm-up is over (no more warm-up iterations should run)
     */
    public boolean warmupDone(double score, double seconds) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Records one measured iteration.
     *
     * @return whether the fork is done (no more measured iterations should run)
     */
    public boolean measuringDone(double score, double seconds) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Why warm-up ended; null while it goes on. */
    public WarmupEnd warmupEnd() {
        throw new UnsupportedOperationException("to be written");
    }

    /** Why measuring ended; null while it goes on. */
    public MeasurementEnd measurementEnd() {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Whether a row that has had {@code steadySamples.size()} forks (each fork's steady measured
     * samples) needs another: fewer than the rule's minimum, or forks whose means disagree
     * ({@link RowSteadiness#forksDisagree}) and fewer than its maximum.
     */
    public static boolean anotherFork(StoppingRule rule, java.util.List<double[]> steadySamples) {
        throw new UnsupportedOperationException("to be written");
    }
}
