package oxbench.report;

import oxbench.results.Summary.ImplementationResult;

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
    public static Change of(ImplementationResult previous, ImplementationResult latest) {
        if (previous.ciHigh() != null && latest.ciLow() != null && latest.ciLow() > previous.ciHigh()
                && latest.score() > previous.score() * (1 + THRESHOLD)) {
            return REGRESSION;
        }
        if (previous.ciLow() != null && latest.ciHigh() != null && latest.ciHigh() < previous.ciLow()
                && latest.score() < previous.score() * (1 - THRESHOLD)) {
            return IMPROVEMENT;
        }
        return NONE;
    }
}
