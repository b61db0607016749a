package oxbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import oxbench.story.Claim;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Iterations;
import oxbench.story.MeasurementNeeds;
import oxbench.story.Plans;
import oxbench.story.Story;
import oxbench.story.Warnings;
import oxbench.story.Workload;
import org.junit.jupiter.api.Test;

/** The fixed plans: an implementation's own plan where it declares one, its story's otherwise, in each mode. */
class FixedPlansTest {
    private static final Plans STORY_PLANS = new Plans(new Iterations(1, 6, 1000, 4, 250), new Iterations(3, 20, 1000, 10, 1000));
    private static final Iterations OWN_QUICK = new Iterations(1, 2, 500, 4, 250);
    private static final Iterations OWN_FULL = new Iterations(3, 5, 1000, 5, 1000);

    private final FixedPlans policy = new FixedPlans();

    private static Implementation<Integer> impl(String id, MeasurementNeeds needs) {
        return new Implementation<>() {
            @Override public String id() { return id; }
            @Override public String language() { return "java"; }
            @Override public String runtime() { return "test"; }
            @Override public MeasurementNeeds measurement() { return needs; }
            @Override public Workload open(Integer input) { return () -> input; }
        };
    }

    /** A story with plans of its own and one implementation of each sort of declaration. */
    private static class Numbers implements Story<Integer> {
        final Implementation<Integer> storys = impl("storys@guest", MeasurementNeeds.of(CodeKind.GUEST));
        final Implementation<Integer> own = impl("own@ffm", MeasurementNeeds.of(CodeKind.HOST).withPlans(new Plans(OWN_QUICK, OWN_FULL)));
        final Implementation<Integer> quickOnly = impl("quick@wasm", MeasurementNeeds.of(CodeKind.WASM).withQuick(OWN_QUICK));
        final Implementation<Integer> fullOnly = impl("full@node", MeasurementNeeds.of(CodeKind.EXTERNAL).withFull(OWN_FULL));

        @Override public String id() { return "numbers"; }
        @Override public String title() { return "numbers"; }
        @Override public String unitOfWork() { return "number"; }
        @Override public Plans plans() { return STORY_PLANS; }
        @Override public String baseline() { return storys.id(); }
        @Override public List<Implementation<Integer>> implementations() { return List.of(storys, own, quickOnly, fullOnly); }
        @Override public List<Claim<?>> claims() { return List.of(); }
        @Override public Integer prepare(InputOptions options, Warnings warnings) { return 1; }
        @Override public int units(Integer input) { return 1; }
        @Override public Class<Integer> inputType() { return Integer.class; }
        @Override public List<String> describe(Integer input, Object output) { return List.of(String.valueOf(output)); }
        @Override public Object inputSummary(Integer input) { return input; }
    }

    private final Numbers story = new Numbers();

    @Test
    void theStorysPlanIsNamedForTheMode() {
        assertEquals(new MeasurementPlan("quick", 1, 6, 1000, 4, 250), policy.plan(story, true));
        assertEquals(new MeasurementPlan("full", 3, 20, 1000, 10, 1000), policy.plan(story, false));
    }

    @Test
    void anImplementationWithoutPlansOfItsOwnGetsItsStorys() {
        for (boolean quick : new boolean[] {true, false}) {
            assertEquals(policy.plan(story, quick), policy.plan(story, story.storys, quick));
        }
    }

    @Test
    void anImplementationsOwnPlansReplaceTheStorysInTheirModeOnly() {
        assertEquals(MeasurementPlan.of(true, OWN_QUICK), policy.plan(story, story.own, true));
        assertEquals(MeasurementPlan.of(false, OWN_FULL), policy.plan(story, story.own, false));
        assertEquals(MeasurementPlan.of(true, OWN_QUICK), policy.plan(story, story.quickOnly, true));
        assertEquals(policy.plan(story, false), policy.plan(story, story.quickOnly, false));
        assertEquals(policy.plan(story, true), policy.plan(story, story.fullOnly, true));
        assertEquals(MeasurementPlan.of(false, OWN_FULL), policy.plan(story, story.fullOnly, false));
    }

    @Test
    void theStandardPlansAreTheDefaultStorysAndTheRunsDefaults() {
        Story<Integer> standard = new Numbers() {
            @Override public Plans plans() { return Plans.STANDARD; }
        };
        assertEquals(MeasurementPlan.QUICK, policy.plan(standard, true));
        assertEquals(MeasurementPlan.FULL, policy.plan(standard, false));
        assertEquals(new MeasurementPlan("quick", 1, 15, 1000, 5, 1000), MeasurementPlan.QUICK);
        assertEquals(new MeasurementPlan("full", 3, 20, 1000, 10, 1000), MeasurementPlan.FULL);
    }
}
