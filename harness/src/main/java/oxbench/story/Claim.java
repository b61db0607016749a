package oxbench.story;

import java.util.List;

/**
 * A claim of the migration guide about one story, and the rule that checks it against a run's
 * measurements. A claim kind is a plugin: its rule, its result's fields ({@link ClaimOutcome}) and
 * the tables and sentences that explain it live with the story that makes the claim (or, for kinds
 * several stories make, such as speedups, in {@code oxbench.claims}). The runner checks every claim
 * whose implementations all ran; nothing generic knows the kinds.
 *
 * @param <O> what the rule finds
 */
public interface Claim<O extends ClaimOutcome> {
    /** Which kind of claim it is: its name in summary.json and the type of {@link #judge}'s result. */
    ClaimKind<O> kind();

    /** What the guide says, quoted for the report. */
    String source();

    /** The implementations the claim is about; it is checked only in runs that ran all of them. */
    List<String> impls();

    /** The claim in one line, for {@code bench list}, e.g. {@code rust@ffm is 100x faster than python@graalpy}. */
    String describe();

    /** Checks the claim against the run's measurements of its story. */
    O judge(Evidence evidence);
}
