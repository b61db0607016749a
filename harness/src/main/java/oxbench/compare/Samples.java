package oxbench.compare;

import oxbench.summary.Summary.ImplementationResult;

/** The raw measurements behind a run's scores. */
@FunctionalInterface
public interface Samples {
    /**
     * The measured iterations of {@code row} in {@code story} at the run's own size that its score is the
     * mean of (each fork's steady segment when the row has a steady state, else every one), all forks
     * pooled, in the story's unit.
     *
     * @throws IllegalArgumentException (one line) when the samples are missing or unreadable
     */
    double[] of(String story, ImplementationResult row);
}
