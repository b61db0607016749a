package oxbench.story;

/**
 * The guide's pitfall 2, checked on a {@link Scalable} story's scaling table: {@code perItem}
 * crosses the boundary once per item, {@code perBatch} once per batch of the same items. From the
 * two, the cost of one crossing and of one item's work, and the batch size from which the crossing
 * is at most {@code negligible} (a share, e.g. 0.05) of a batch call.
 *
 * @param bridge what is crossed, for the verdict line, e.g. {@code Python -> host -> native}
 * @param source what the guide says, quoted for the report
 */
public record BatchingClaim(String perItem, String perBatch, String bridge, double negligible, String source)
        implements Claim {}
