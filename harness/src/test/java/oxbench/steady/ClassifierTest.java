package oxbench.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static void assertNear(int expected, int actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1, what + " " + actual + ", expected " + expected + " +- 1");
    }

    @Test
    void aFlatSeriesIsFlatAndSteadyFromTheStart() {
        ForkSteadiness fork = Classifier.classify(Synthetic.seed(1).level(300, 100, 0.01).series(), 50);
        assertEquals(SteadyClass.FLAT, fork.steadyClass());
        assertEquals(List.of(), fork.changepoints());
        assertEquals(0, fork.steadyFrom());
        assertEquals(50, fork.measuredFrom());
        assertEquals(0, fork.steadyMeasuredFrom());
    }

    @Test
    void slowThenFastBeforeMeasuringIsWarmup() {
        double[] series = Synthetic.seed(2).level(60, 300, 0.02).level(240, 100, 0.02).series();
        ForkSteadiness fork = Classifier.classify(series, 100);
        assertEquals(SteadyClass.WARMUP, fork.steadyClass());
        assertEquals(1, fork.changepoints().size(), fork.changepoints().toString());
        assertNear(60, fork.changepoints().get(0), "changepoint");
        assertNear(60, fork.steadyFrom(), "steady from");
        assertEquals(0, fork.steadyMeasuredFrom());
    }

    @Test
    void fastThenSlowIsSlowdown() {
        double[] series = Synthetic.seed(3).level(60, 100, 0.02).level(240, 150, 0.02).series();
        ForkSteadiness fork = Classifier.classify(series, 100);
        assertEquals(SteadyClass.SLOWDOWN, fork.steadyClass());
        assertNear(60, fork.steadyFrom(), "steady from");
    }

    @Test
    void aStepInsideTheMeasuredWindowIsNoSteadyState() {
        double[] series = Synthetic.seed(4).level(150, 100, 0.01).level(150, 130, 0.01).series();
        ForkSteadiness fork = Classifier.classify(series, 100);
        assertEquals(SteadyClass.NO_STEADY_STATE, fork.steadyClass());
        assertNear(150, fork.steadyFrom(), "the last segment's start");
        assertNear(50, fork.steadyMeasuredFrom(), "steady measured from");
        // a step down inside the window is no steady state just as well
        double[] faster = Synthetic.seed(4).level(150, 130, 0.01).level(150, 100, 0.01).series();
        assertEquals(SteadyClass.NO_STEADY_STATE, Classifier.classify(faster, 100).steadyClass());
    }

    @Test
    void aSegmentIsInTheMeasuredWindowWhenItsLastIterationWasMeasured() {
        double[] series = Synthetic.seed(5).level(100, 200, 0.01).level(200, 100, 0.01).series();
        assertEquals(List.of(100), Classifier.classify(series, 100).changepoints());
        // the slow segment's last iteration, 99, was warm-up: the change was over before measuring
        assertEquals(SteadyClass.WARMUP, Classifier.classify(series, 100).steadyClass());
        // iteration 99 was measured: the times changed while measuring
        assertEquals(SteadyClass.NO_STEADY_STATE, Classifier.classify(series, 99).steadyClass());
    }

    @Test
    void spikesAreOutliersAndMakeNoChangepoints() {
        double[] series = Synthetic.seed(6).level(300, 100, 0.01).set(40, 500).set(41, 450).set(150, 20).set(290, 900).series();
        ForkSteadiness fork = Classifier.classify(series, 100);
        assertEquals(SteadyClass.FLAT, fork.steadyClass());
        assertEquals(List.of(), fork.changepoints());
        assertEquals(List.of(40, 41, 150, 290), fork.outliers());
    }

    @Test
    void changepointsAreIndexesOfTheWholeSeriesOutliersIncluded() {
        double[] series = Synthetic.seed(7).level(60, 300, 0.01).level(240, 100, 0.01)
                .set(10, 3000).set(20, 3000).set(30, 3000).set(40, 3000).series();
        ForkSteadiness fork = Classifier.classify(series, 100);
        assertEquals(List.of(10, 20, 30, 40), fork.outliers());
        assertEquals(List.of(60), fork.changepoints());
        assertEquals(60, fork.steadyFrom());
        assertEquals(SteadyClass.WARMUP, fork.steadyClass());
    }

    @Test
    void noiseWithFivePercentVariationIsFlat() {
        for (long seed = 20; seed < 40; seed++) {
            ForkSteadiness fork = Classifier.classify(Synthetic.seed(seed).level(300, 100, 0.05).series(), 100);
            assertEquals(SteadyClass.FLAT, fork.steadyClass(), "seed " + seed + ": " + fork);
            assertEquals(0, fork.steadyFrom(), "seed " + seed);
        }
    }

    @Test
    void aWarmupOfSeveralDecreasingStepsIsWarmupSteadyAfterTheLast() {
        double[] series = Synthetic.seed(8).level(40, 400, 0.01).level(40, 250, 0.01).level(40, 150, 0.01)
                .level(180, 100, 0.01).series();
        ForkSteadiness fork = Classifier.classify(series, 150);
        assertEquals(SteadyClass.WARMUP, fork.steadyClass());
        assertEquals(3, fork.changepoints().size(), fork.changepoints().toString());
        assertNear(40, fork.changepoints().get(0), "changepoint");
        assertNear(80, fork.changepoints().get(1), "changepoint");
        assertNear(120, fork.changepoints().get(2), "changepoint");
        assertNear(120, fork.steadyFrom(), "steady from");
    }

    @Test
    void segmentsWithinOnePercentOfTheFastestAreTheSame() {
        // so little noise that PELT splits a 0.5% step; the classifier calls the two segments the same
        double[] small = Synthetic.seed(9).level(100, 100.5, 0.0005).level(200, 100, 0.0005).series();
        ForkSteadiness same = Classifier.classify(small, 50);
        assertEquals(List.of(100), same.changepoints());
        assertEquals(SteadyClass.FLAT, same.steadyClass());
        assertEquals(0, same.steadyFrom());
        // a 3% step with the same noise is a warm-up
        double[] large = Synthetic.seed(9).level(100, 103, 0.0005).level(200, 100, 0.0005).series();
        ForkSteadiness warmup = Classifier.classify(large, 150);
        assertEquals(SteadyClass.WARMUP, warmup.steadyClass());
        assertEquals(100, warmup.steadyFrom());
    }

    @Test
    void theSteadySegmentIsTheTrailingRunOfSegmentsLikeTheLast() {
        // slow, fast, then a 0.5% step: the last two are the same, so steady from the first of them
        double[] series = Synthetic.seed(10).level(60, 200, 0.0005).level(100, 100.5, 0.0005).level(140, 100, 0.0005).series();
        ForkSteadiness fork = Classifier.classify(series, 250);
        assertEquals(List.of(60, 160), fork.changepoints());
        assertEquals(SteadyClass.WARMUP, fork.steadyClass());
        assertEquals(60, fork.steadyFrom());
        // fast, slow, fast: an earlier segment like the last does not join it across a different one
        double[] back = Synthetic.seed(11).level(60, 100, 0.01).level(60, 200, 0.01).level(180, 100, 0.01).series();
        ForkSteadiness again = Classifier.classify(back, 200);
        assertEquals(SteadyClass.WARMUP, again.steadyClass());
        assertNear(120, again.steadyFrom(), "steady from");
    }

    @Test
    void shortSeriesAreClassifiedToo() {
        assertEquals(SteadyClass.FLAT, Classifier.classify(new double[] {5, 5.1, 4.9}, 1).steadyClass());
        assertEquals(SteadyClass.FLAT, Classifier.classify(new double[0], 0).steadyClass());
        double[] step = {300, 310, 305, 298, 100, 101, 99, 100.5, 100, 99.5, 100.2, 100.1};
        ForkSteadiness fork = Classifier.classify(step, 6);
        assertEquals(SteadyClass.WARMUP, fork.steadyClass());
        assertEquals(4, fork.steadyFrom());
    }

    @Test
    void theFirstMeasuredIterationMustBeInTheSeries() {
        assertThrows(IllegalArgumentException.class, () -> Classifier.classify(new double[10], 11));
        assertThrows(IllegalArgumentException.class, () -> Classifier.classify(new double[10], -1));
    }
}
