package oxbench.stories.pitfallblocking;

/**
 * One scenario of the blocking story: {@code timers} timers due {@code periodMillis} apart, and one
 * Rust call of {@code rounds} rounds ({@code oxb_spin}) made meanwhile. Fixed, so every run and
 * every implementation does the same work; how long the call takes on the machine is measured.
 */
public record BlockingInput(long rounds, int timers, int periodMillis) {
    public BlockingInput {
        if (rounds < 0 || timers < 1 || periodMillis < 1) {
            throw new IllegalArgumentException("need rounds >= 0, at least one timer and a period of at least 1 ms");
        }
    }
}
