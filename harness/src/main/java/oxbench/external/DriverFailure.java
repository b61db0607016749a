package oxbench.external;

/** A driver process crashed, timed out or printed something other than its result: one line saying which. */
public final class DriverFailure extends Exception {
    public DriverFailure(String message) {
        super(message);
    }
}
