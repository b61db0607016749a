package oxbench.compare;

/** The raw measurements behind a run's scores. */
@FunctionalInterface
public interface Samples {
    /**
     * Every measured iteration of {@code impl} in {@code story} at the run's own size, all forks pooled,
     * in the story's unit.
     *
     * @throws IllegalArgumentException (one line) when the samples are missing or unreadable
     */
    double[] of(String story, String impl);
}
