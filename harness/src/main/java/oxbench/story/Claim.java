package oxbench.story;

/**
 * A claim of the migration guide about one story, checked against the run's measurements: a
 * speedup between two implementations ({@link SpeedupClaim}), how two of them grow with the input
 * ({@link GrowthClaim}), a cost limit ({@link LimitClaim}), what batching saves ({@link BatchingClaim})
 * or what blocking the event loop costs ({@link LagClaim}).
 */
public sealed interface Claim permits SpeedupClaim, GrowthClaim, LimitClaim, BatchingClaim, LagClaim {
    /** What the guide says, quoted for the report. */
    String source();
}
