package oxbench.story;

/**
 * A claim that going from {@code baseline} to {@code candidate} makes the story's function
 * {@code speedup} times faster.
 *
 * @param guideBaseline  the guide's own "before" time, e.g. {@code 200 ms}
 * @param guideCandidate the guide's own "after" time, e.g. {@code 2 ms}
 * @param per            what the guide's times are per, e.g. {@code file}, {@code 1000 patterns}
 *                       (see {@link Story#claimUnitsPerUnit})
 * @param source         what the guide says, quoted for the report
 */
public record SpeedupClaim(String baseline, String candidate, double speedup, String guideBaseline,
        String guideCandidate, String per, String source) implements Claim {}
