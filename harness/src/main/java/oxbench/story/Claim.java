package oxbench.story;

/**
 * A claim of the migration guide about one story, checked against the run's measurements: a
 * speedup between two implementations ({@link SpeedupClaim}), or how two of them grow with the input
 * ({@link GrowthClaim}).
 */
public sealed interface Claim permits SpeedupClaim, GrowthClaim {
    /** What the guide says, quoted for the report. */
    String source();
}
