package oxbench.story;

/**
 * A claim that one call of {@code impl} costs at most {@code limitNanos} per unit of work: a
 * target, such as "a trivial Java -> native call within 3x of the best published FFM figure".
 *
 * @param what   the thing limited, for the verdict line, e.g. {@code a trivial Java -> native call}
 * @param source where the limit comes from, quoted for the report
 */
public record LimitClaim(String impl, double limitNanos, String what, String source) implements Claim {}
