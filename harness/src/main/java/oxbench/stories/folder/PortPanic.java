package oxbench.stories.folder;

/**
 * The Rust port panicked: natively the port's {@code catch_unwind} returned status 1 with the
 * message; in wasm32 the panic aborted, which is a trap, and the message is the one the port's
 * panic hook kept ({@code oxbench_port_panic_message}). Only the implementation that called it fails.
 */
public final class PortPanic extends RuntimeException {
    private final String panicMessage;

    public PortPanic(String function, String where, String panicMessage) {
        super("the Rust port's " + function + " panicked" + where + ": "
                + (panicMessage.isEmpty() ? "(the panic had no message)" : panicMessage));
        this.panicMessage = panicMessage;
    }

    /** The panic's own message (e.g. {@code "index out of bounds: ..."}), empty if it had none. */
    public String panicMessage() {
        return panicMessage;
    }
}
