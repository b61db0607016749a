package oxbench.external;

/** The runtime an external implementation needs is not installed: its row says so and nothing else fails. */
public final class Unavailable extends Exception {
    public Unavailable(String reason) {
        super(reason);
    }
}
