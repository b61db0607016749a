package oxbench.jmh;

import oxbench.story.Implementation;
import oxbench.story.Story;

/**
 * Decides how long each implementation is warmed up and measured, from what its story and the
 * implementation declare ({@link Story#plans()}, {@link Implementation#measurement()}). The runner
 * asks it and nothing else, so that a policy that decides while it measures (warm-up until the
 * scores settle) can replace the fixed plans without touching the stories.
 */
public interface MeasurementPolicy {
    /**
     * The plan of the story as a whole, which its result reports and implementations without a
     * plan of their own are measured with.
     */
    MeasurementPlan plan(Story<?> story, boolean quick);

    /** How one implementation of {@code story} is measured. */
    MeasurementPlan plan(Story<?> story, Implementation<?> impl, boolean quick);
}
