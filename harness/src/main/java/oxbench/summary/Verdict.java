package oxbench.summary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a claim's rule concluded from the run's measurements. Warnings (an unsettled row, a score
 * below the timer's resolution) are never verdicts: they are {@link ClaimResult#warnings()}.
 */
public enum Verdict {
    /** The measurements, with their intervals, agree with the claim. */
    REPRODUCED("reproduced"),
    /** The measurements, with their intervals, contradict it. */
    NOT_REPRODUCED("not-reproduced"),
    /** The intervals do not decide it, or a side was not measured. */
    INCONCLUSIVE("inconclusive"),
    /** A cost was measured and nothing claimed about it (a comparison's finding). */
    MEASURED("measured");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** As written in summary.json and every report. */
    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    @JsonCreator
    public static Verdict of(String label) {
        for (Verdict verdict : values()) {
            if (verdict.label.equals(label)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + label + "'");
    }
}
