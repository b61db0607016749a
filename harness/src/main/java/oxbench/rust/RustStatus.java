package oxbench.rust;

/** The status codes of rust-core's C ABI (rust-core/src/abi.rs). */
public final class RustStatus {
    static final int OK = 0;
    static final int ERR_MALFORMED_INPUT = -1;
    static final int ERR_NULL_POINTER = -2;
    static final int ERR_MISALIGNED = -3;

    private RustStatus() {}

    /** Throws unless {@code status} is OK; {@code call} names the function for the message. */
    public static void check(int status, String call) {
        if (status != OK) {
            String reason = switch (status) {
                case ERR_MALFORMED_INPUT -> "malformed input";
                case ERR_NULL_POINTER -> "null pointer";
                case ERR_MISALIGNED -> "misaligned buffer";
                default -> "status " + status;
            };
            throw new IllegalStateException(call + " failed: " + reason);
        }
    }
}
