package oxbench.story;

/**
 * The guide's pitfall 3: {@code blocking} makes a long call synchronously on the event loop's thread,
 * {@code nonBlocking} makes the same call asynchronously; both record how late each timer fired as
 * the observation {@code observation} (see {@link oxbench.jmh.Observations}). Reproduced when the
 * blocking run's median lag is above the non-blocking run's 99th percentile.
 *
 * @param source what the guide says, quoted for the report
 */
public record LagClaim(String blocking, String nonBlocking, String observation, String source) implements Claim {}
