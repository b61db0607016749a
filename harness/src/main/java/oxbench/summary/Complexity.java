package oxbench.summary;

/**
 * What a claim found about one implementation's algorithm: its order and the growth exponent
 * {@code k} of {@code time ~ n^k} it should and did show. Proposals read these to apply the guide's
 * "better algorithm first" rule, whichever claim found them.
 *
 * @param order        the algorithm's order, e.g. {@code O(n^2)}
 * @param expectedLow  the smallest exponent that agrees with the order
 * @param expectedHigh the largest
 * @param fitted       the fitted exponent, or null when too few sizes were measured
 */
public record Complexity(String impl, String order, double expectedLow, double expectedHigh, Double fitted) {}
