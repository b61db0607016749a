package oxbench.story;

/**
 * What an implementation needs (its runtime, a module that is built separately) is not on this machine:
 * thrown by {@link Implementation#open}, its row says so and nothing else fails.
 */
public final class Unavailable extends Exception {
    public Unavailable(String reason) {
        super(reason);
    }
}
