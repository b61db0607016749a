package oxbench.story;

import java.util.List;

/**
 * A claim about growth, checked on a {@link Scalable} story's scaling table: {@code challenger}
 * (the better algorithm) becomes faster than {@code incumbent} (the faster language) as the input
 * grows, and every listed implementation grows as its algorithm says.
 *
 * @param expected the exponent range each implementation's fitted {@code time ~ n^k} must fall in
 * @param source   what the guide says, quoted for the report
 */
public record GrowthClaim(String challenger, String incumbent, List<ExpectedGrowth> expected, String source)
        implements Claim {
    public GrowthClaim {
        expected = List.copyOf(expected);
    }

    /**
     * How one implementation should grow.
     *
     * @param complexity the algorithm's order, e.g. {@code O(n^2)}
     * @param low        the smallest fitted exponent that agrees with it
     * @param high       the largest
     */
    public record ExpectedGrowth(String impl, String complexity, double low, double high) {}
}
