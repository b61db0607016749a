package oxbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.MeasurementNeeds;
import oxbench.story.Plans;
import oxbench.story.Workload;
import org.junit.jupiter.api.Test;

/** The two measurement policies: adaptive (the default) and fixed, and the user's fixed counts on top of either. */
class MeasurementPoliciesTest {
    private static Implementation<Integer> impl(CodeKind kind) {
        return new Implementation<>() {
            @Override public String id() { return kind.name().toLowerCase() + "@test"; }
            @Override public String language() { return "java"; }
            @Override public String runtime() { return "test"; }
            @Override public MeasurementNeeds measurement() { return MeasurementNeeds.of(kind); }
            @Override public Workload open(Integer input) { return () -> input; }
        };
    }

    @Test
    void theFixedPolicyGivesEveryRowTheStandardPlanWhateverItsCode() {
        FixedPlans fixed = new FixedPlans();
        for (CodeKind kind : CodeKind.values()) {
            for (boolean quick : new boolean[] {true, false}) {
                MeasurementPlan plan = fixed.plan(impl(kind), quick);
                assertEquals(MeasurementPlan.fixed(quick, Plans.STANDARD.of(quick)), plan);
                assertEquals(Plans.STANDARD.of(quick).warmupIterations(), plan.warmupIterations());
                assertEquals(Plans.STANDARD.of(quick).measurementIterations(), plan.measurementIterations());
                assertEquals(Plans.STANDARD.of(quick).forks(), plan.forks());
                assertFalse(plan.adaptive(), kind + " " + quick);
                assertNull(plan.target());
                assertEquals("fixed", plan.summary().policy());
            }
        }
    }

    @Test
    void theAdaptivePolicyAimsAtTenPercentInQuickRunsAndTwoInFullOnesWithOneForkOrTwoToFour() {
        AdaptivePlans adaptive = new AdaptivePlans();
        MeasurementPlan quick = adaptive.plan(impl(CodeKind.HOST), true);
        MeasurementPlan full = adaptive.plan(impl(CodeKind.HOST), false);
        assertTrue(quick.adaptive() && full.adaptive());
        assertEquals(0.10, quick.target());
        assertEquals(0.02, full.target());
        assertEquals(1, quick.rule().minForks());
        assertEquals(1, quick.rule().maxForks());
        assertEquals(2, full.rule().minForks());
        assertEquals(4, full.rule().maxForks());
        assertTrue(quick.rule().adaptiveWarmup() && quick.rule().adaptiveMeasurement());
        assertEquals("adaptive", full.summary().policy());
        assertEquals(0.02, full.summary().target());
        assertEquals(4, full.summary().maxForks());
    }

    @Test
    void guestCodeUnderTheTrufflePolicyJitWarmsUpLongerThanHostCodeBeforeItCanCountAsSteady() {
        AdaptivePlans adaptive = new AdaptivePlans();
        for (boolean quick : new boolean[] {true, false}) {
            MeasurementPlan guest = adaptive.plan(impl(CodeKind.GUEST), quick);
            MeasurementPlan host = adaptive.plan(impl(CodeKind.HOST), quick);
            assertTrue(guest.rule().minWarmupSeconds() > host.rule().minWarmupSeconds());
            assertTrue(guest.rule().warmupCapSeconds() > host.rule().warmupCapSeconds());
            assertEquals(guest.rule(), adaptive.plan(impl(CodeKind.WASM), quick).rule(), "wasm also waits for the Truffle JIT");
            assertEquals(host.rule(), adaptive.plan(impl(CodeKind.EXTERNAL), quick).rule());
            assertEquals(guest.target(), host.target(), "the target is the run's, not the code's");
        }
    }

    @Test
    void theTargetCanBeChosenAndMustBeAPercentageBetweenZeroAndAHundred() {
        assertEquals(0.05, new AdaptivePlans(0.05).plan(impl(CodeKind.GUEST), false).target());
        assertEquals(0.05, new AdaptivePlans(0.05).plan(impl(CodeKind.GUEST), true).target());
        for (double bad : new double[] {0, -0.01, 1, 2, Double.NaN}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new AdaptivePlans(bad));
            assertTrue(refused.getMessage().startsWith("--target must be"), refused.getMessage());
        }
    }

    @Test
    void fixedCountsFromTheCommandLineTurnOffTheirPartOfTheAdaptiveRuleOnly() {
        MeasurementPlan full = new AdaptivePlans().plan(impl(CodeKind.GUEST), false);
        MeasurementPlan forks = full.with(3, null, null);
        assertEquals(3, forks.rule().minForks());
        assertEquals(3, forks.rule().maxForks());
        assertTrue(forks.rule().adaptiveWarmup() && forks.rule().adaptiveMeasurement());
        MeasurementPlan counts = full.with(null, 4, 7);
        assertEquals(4, counts.warmupIterations());
        assertEquals(7, counts.measurementIterations());
        assertNull(counts.target(), "a fixed number of measured iterations has no target");
        assertTrue(counts.rule().adaptiveForks(), "the forks are still added while they disagree");
        assertEquals(1, full.oneFork().rule().maxForks());
        assertThrows(IllegalArgumentException.class, () -> full.with(0, null, null));
        assertThrows(IllegalArgumentException.class, () -> full.with(null, -1, null));
        assertThrows(IllegalArgumentException.class, () -> full.with(null, null, 0));
    }

    @Test
    void jmhsLoopBoundsLeaveRoomForTheRulesCapsSinceTheRuleStopsFirst() {
        MeasurementPlan quick = new AdaptivePlans().plan(impl(CodeKind.GUEST), true);
        double warmupSeconds = quick.warmupIterations() * quick.warmupMillis() / 1000.0;
        double measuredSeconds = quick.measurementIterations() * quick.measurementMillis() / 1000.0;
        assertTrue(warmupSeconds > quick.rule().warmupCapSeconds(), warmupSeconds + " s");
        assertTrue(measuredSeconds > quick.rule().measurementCapSeconds(), measuredSeconds + " s");
    }

    @Test
    void aScalingTableCapsOneCallAtWhatLetsAForkMeasureItsMinimumWithinItsCap() {
        // quick: 5 s of measuring for at least 5 iterations; full: 20 s for at least 10
        assertEquals(1.0, new AdaptivePlans().plan(CodeKind.HOST, true).callCapSeconds(), 1e-9);
        assertEquals(2.0, new AdaptivePlans().plan(CodeKind.HOST, false).callCapSeconds(), 1e-9);
        // fixed iteration counts from the command line do not shrink it to one 0.2 s iteration
        assertEquals(1.0, new AdaptivePlans().plan(CodeKind.HOST, true).with(null, 1, 3).callCapSeconds(), 1e-9);
        // a fixed plan has no measuring cap: one measured iteration
        assertEquals(Plans.STANDARD.quick().measurementMillis() / 1000.0, new FixedPlans().plan(true).callCapSeconds(), 1e-9);
    }
}
