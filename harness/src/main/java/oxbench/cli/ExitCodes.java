package oxbench.cli;

/** oxbench's exit codes. */
public final class ExitCodes {
    /** Everything asked for ran, matched and was measured. */
    public static final int OK = 0;
    /** Some implementation failed or mismatched (the others' results are still written), or oxbench failed. */
    public static final int FAILED = 1;
    /** Usage or input error. */
    public static final int USAGE = 2;
    /** {@code bench compare} flagged a regression: CI can gate on it. */
    public static final int REGRESSION = 3;

    private ExitCodes() {}
}
