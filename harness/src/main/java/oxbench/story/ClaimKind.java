package oxbench.story;

/**
 * A kind of claim: its name, written as the claim's {@code kind} in summary.json, and the type its
 * rule's outcome has, to read it back. One name, one outcome type, across every story.
 *
 * @param name e.g. {@code speedup}
 */
public record ClaimKind<O extends ClaimOutcome>(String name, Class<O> outcomeType) {}
