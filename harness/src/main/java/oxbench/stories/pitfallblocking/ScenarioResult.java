package oxbench.stories.pitfallblocking;

/**
 * What one scenario returns: the Rust call's result ({@code oxb_spin}'s 64 bits) and how many timers fired.
 */
public record ScenarioResult(long result, int fired) {}
