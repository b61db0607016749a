package oxbench.compare;

import oxbench.summary.Summary.ImplementationResult;

/** The raw measurements behind a run's scores. */
@FunctionalInterface
public interface Samples {
    /**
     * Every measured iteration of {@code row} in {@code story} at the run's own size, all forks pooled,
     * in the story's unit.
     *
     * @throws IllegalArgumentException (one line) when the samples are missing or unreadable
     */
    double[] of(String story, ImplementationResult row);
}
