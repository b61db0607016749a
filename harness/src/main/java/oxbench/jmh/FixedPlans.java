package oxbench.jmh;

import oxbench.story.Implementation;
import oxbench.story.Plans;

/**
 * {@code --plan fixed}: every row with the same fixed plan ({@link Plans#STANDARD}'s quick or full
 * counts), as oxbench measured before its plans were adaptive, so that the two can be compared side
 * by side on one machine.
 */
public final class FixedPlans implements MeasurementPolicy {
    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public MeasurementPlan plan(boolean quick) {
        return MeasurementPlan.fixed(quick, Plans.STANDARD.of(quick));
    }

    @Override
    public MeasurementPlan plan(Implementation<?> impl, boolean quick) {
        return plan(quick);
    }
}
