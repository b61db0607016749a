package oxbench.jmh;

import oxbench.story.Implementation;

/**
 * Decides how long each implementation is warmed up and measured, from what its story and the
 * implementation declare ({@link Implementation#measurement()}): {@link AdaptivePlans} (the default)
 * or {@link FixedPlans}. The runner asks it and nothing else.
 */
public interface MeasurementPolicy {
    /** The policy's name, as {@code --plan} takes it and summary.json's plans record it. */
    String name();

    /**
     * The plan of the story as a whole, which its result reports and implementations without a
     * plan of their own are measured with.
     */
    MeasurementPlan plan(boolean quick);

    /** How one implementation is measured. */
    MeasurementPlan plan(Implementation<?> impl, boolean quick);
}
