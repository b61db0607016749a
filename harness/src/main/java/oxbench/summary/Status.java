package oxbench.summary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one implementation in a run. */
public enum Status {
    /** Computed the baseline's output and was measured. */
    OK("ok", false),
    /** Threw, crashed or could not be measured. */
    FAILED("failed", true),
    /** Computed something other than the baseline's output; never timed. */
    MISMATCH("mismatch", true),
    /**
     * Predicted too slow to measure at this size (a documented cap of a scaling table, see
     * {@code Summary.Scaling#cap}); neither checked nor timed. Not a failure.
     */
    CAPPED("capped", false),
    /**
     * An external implementation whose runtime or toolchain is not installed (no {@code node}, no
     * {@code go}); the reason says how to get it. Not a failure: the other rows stand.
     */
    UNAVAILABLE("unavailable", false),
    /** Not measured because the run was stopped (Ctrl-C, SIGTERM) first: only in an incomplete run. */
    INTERRUPTED("interrupted", true);

    private final String label;
    private final boolean failure;

    Status(String label, boolean failure) {
        this.label = label;
        this.failure = failure;
    }

    /** As written in summary.json and every table. */
    @JsonValue
    public String label() {
        return label;
    }

    /** Whether the implementation is broken (the run exits 1), rather than measured or left out by rule. */
    public boolean failure() {
        return failure;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The status with this label. */
    @JsonCreator
    public static Status of(String label) {
        for (Status status : values()) {
            if (status.label.equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status " + label);
    }
}
