package oxbench.check;

/** What became of one implementation in a run. */
public enum Status {
    /** Computed the baseline's output and was measured. */
    OK("ok"),
    /** Threw, crashed or could not be measured. */
    FAILED("failed"),
    /** Computed something other than the baseline's output; never timed. */
    MISMATCH("mismatch");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
