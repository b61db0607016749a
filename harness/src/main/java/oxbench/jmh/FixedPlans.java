package oxbench.jmh;

import oxbench.story.Implementation;
import oxbench.story.Iterations;
import oxbench.story.Story;

/**
 * The plans fixed ahead: an implementation's own quick or full plan where it declares one, else its
 * story's ({@link Story#plans()}).
 */
public final class FixedPlans implements MeasurementPolicy {
    @Override
    public MeasurementPlan plan(Story<?> story, boolean quick) {
        return MeasurementPlan.fixed(quick, story.plans().of(quick));
    }

    @Override
    public MeasurementPlan plan(Story<?> story, Implementation<?> impl, boolean quick) {
        Iterations own = impl.measurement().own(quick);
        return own == null ? plan(story, quick) : MeasurementPlan.fixed(quick, own);
    }
}
