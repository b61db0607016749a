package oxbench.report;

/**
 * How one measurement compares with an earlier one of the same story, implementation and input.
 * A change counts only when the two 99.9% intervals do not overlap and the means differ by more
 * than {@link #THRESHOLD}: noise within the intervals, or a few percent, is never flagged.
 */
public enum Change {
    REGRESSION("regression"),
    IMPROVEMENT("improvement"),
    NONE("no significant change");

    /** The smallest relative change of the mean that is flagged (5%). */
    public static final double THRESHOLD = 0.05;

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code latest} against {@code previous}; both must be measured. */
    static Change of(RunDigest.Row previous, RunDigest.Row latest) {
        return of(previous.score(), previous.ciLow(), previous.ciHigh(), latest.score(), latest.ciLow(), latest.ciHigh());
    }

    /** A score with its interval ends (null when unknown) against an earlier one; both scores must be known. */
    public static Change of(double previous, Double previousLow, Double previousHigh, double latest, Double latestLow,
            Double latestHigh) {
        if (previousHigh != null && latestLow != null && latestLow > previousHigh && latest > previous * (1 + THRESHOLD)) {
            return REGRESSION;
        }
        if (previousLow != null && latestHigh != null && latestHigh < previousLow && latest < previous * (1 - THRESHOLD)) {
            return IMPROVEMENT;
        }
        return NONE;
    }
}
