package oxbench.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoppingTest {
    /** An iteration's duration that sums exactly in binary (64 of them are one second). */
    private static final double TICK = 1.0 / 64;

    /** Adaptive measuring after no warm-up. */
    private static StoppingRule measuring(double target, int minMeasured, double capSeconds) {
        return new StoppingRule(0, 0, 0, 0, 0, null, target, minMeasured, capSeconds, 1, 1);
    }

    /** Adaptive warm-up, then a fixed measurement. */
    private static StoppingRule warmingUp(double minSeconds, double capSeconds, double steadySeconds, int steadyIterations) {
        return new StoppingRule(null, minSeconds, capSeconds, steadySeconds, steadyIterations, 10, 0.02, 1, 0, 1, 1);
    }

    /** How many warm-up iterations of {@code series} (each {@code seconds} long) run, or -1 when it never ends. */
    private static int warmupLength(Stopping stopping, double[] series, double seconds) {
        for (int i = 0; i < series.length; i++) {
            if (stopping.warmupDone(series[i], seconds)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** How many measured iterations of {@code series} run, or -1 when measuring never ends. */
    private static int measuredLength(Stopping stopping, double[] series, double seconds) {
        for (int i = 0; i < series.length; i++) {
            if (stopping.measuringDone(series[i], seconds)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void measuringStopsAtTheFirstIterationThatReachesTheTarget() {
        double[] series = Synthetic.seed(1).level(1000, 100, 0.05).series();
        Stopping stopping = new Stopping(measuring(0.02, 5, 1e6), new double[0]);
        int measured = measuredLength(stopping, series, 1);
        assertEquals(Stopping.MeasurementEnd.TARGET, stopping.measurementEnd());
        assertTrue(Interval.relativeHalfWidth(Arrays.copyOf(series, measured)) <= 0.02);
        assertTrue(Interval.relativeHalfWidth(Arrays.copyOf(series, measured - 1)) > 0.02);
        assertTrue(measured > 5, "the target needs more than the minimum here: " + measured);
    }

    @Test
    void theEarlierForksSamplesCountTowardsTheTarget() {
        double[] prior = Synthetic.seed(2).level(500, 100, 0.01).series();
        Stopping stopping = new Stopping(measuring(0.02, 5, 1e6), prior);
        assertEquals(5, measuredLength(stopping, Synthetic.seed(3).level(100, 100, 0.05).series(), 1));
        assertEquals(Stopping.MeasurementEnd.TARGET, stopping.measurementEnd());
        Stopping alone = new Stopping(measuring(0.02, 5, 1e6), new double[0]);
        assertTrue(measuredLength(alone, Synthetic.seed(3).level(100, 100, 0.05).series(), 1) > 5);
    }

    @Test
    void measuringStopsAtTheCapAndSaysSo() {
        double[] noisy = Synthetic.seed(4).level(1000, 100, 1).series();
        Stopping stopping = new Stopping(measuring(0.001, 3, 10 * 64 * TICK), new double[0]);
        assertEquals(640, measuredLength(stopping, noisy, TICK));
        assertEquals(Stopping.MeasurementEnd.CAPPED, stopping.measurementEnd());
    }

    @Test
    void theTargetIsCheckedBeforeTheCap() {
        double[] tight = Synthetic.seed(5).level(100, 100, 0.001).series();
        Stopping stopping = new Stopping(measuring(0.02, 10, 10 * TICK), new double[0]);
        assertEquals(10, measuredLength(stopping, tight, TICK));
        assertEquals(Stopping.MeasurementEnd.TARGET, stopping.measurementEnd());
    }

    @Test
    void fixedCountsEndAfterThatMany() {
        Stopping stopping = new Stopping(new StoppingRule(3, 0, 0, 0, 0, 4, 0.02, 1, 0, 2, 2), new double[0]);
        double[] tight = Synthetic.constant(10, 100);
        assertNull(stopping.warmupEnd());
        assertEquals(3, warmupLength(stopping, tight, 1));
        assertEquals(Stopping.WarmupEnd.FIXED, stopping.warmupEnd());
        assertNull(stopping.measurementEnd());
        assertEquals(4, measuredLength(stopping, tight, 1));
        assertEquals(Stopping.MeasurementEnd.FIXED, stopping.measurementEnd());
    }

    @Test
    void noWarmupIsOverBeforeItBegins() {
        Stopping stopping = new Stopping(new StoppingRule(0, 0, 0, 0, 0, 2, 0.02, 1, 0, 1, 1), new double[0]);
        assertEquals(Stopping.WarmupEnd.FIXED, stopping.warmupEnd());
        assertFalse(stopping.measuringDone(1, 1));
        assertTrue(stopping.measuringDone(1, 1));
        assertThrows(IllegalStateException.class, () -> stopping.warmupDone(1, 1));
    }

    @Test
    void theCallsMustComeInOrder() {
        Stopping stopping = new Stopping(new StoppingRule(1, 0, 0, 0, 0, 1, 0.02, 1, 0, 1, 1), new double[0]);
        assertThrows(IllegalStateException.class, () -> stopping.measuringDone(1, 1));
        assertTrue(stopping.warmupDone(1, 1));
        assertThrows(IllegalStateException.class, () -> stopping.warmupDone(1, 1));
        assertTrue(stopping.measuringDone(1, 1));
        assertThrows(IllegalStateException.class, () -> stopping.measuringDone(1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Stopping(measuring(0.02, 1, 1), new double[0]).measuringDone(Double.NaN, 1));
    }

    @Test
    void aFlatSeriesIsSteadyAsSoonAsTheMinimumWarmupIsSpent() {
        double[] flat = Synthetic.seed(6).level(400, 2.5, 0.005).series();
        // 32 ticks are half a second: the minimum warm-up
        Stopping stopping = new Stopping(warmingUp(0.5, 100, 0.1, 10), new double[0]);
        assertEquals(32, warmupLength(stopping, flat, TICK));
        assertEquals(Stopping.WarmupEnd.STEADY, stopping.warmupEnd());
        // ... or the steady iterations, when there must be more of them
        Stopping more = new Stopping(warmingUp(0.5, 100, 0.1, 50), new double[0]);
        assertEquals(50, warmupLength(more, flat, TICK));
        // ... or the steady seconds (80 ticks)
        Stopping longer = new Stopping(warmingUp(0.5, 100, 80 * TICK, 10), new double[0]);
        assertEquals(80, warmupLength(longer, flat, TICK));
    }

    @Test
    void aWarmupThatDropsAtIteration30IsSteadyOnlySomeIterationsAfterTheDrop() {
        // slowing less and less, as a JIT warms up, then the last tier at iteration 30
        Synthetic warming = Synthetic.seed(7);
        for (int i = 0; i < 30; i++) {
            warming.append(300 * Math.pow(0.97, i));
        }
        double[] series = warming.level(300, 100, 0.01).series();
        Stopping stopping = new Stopping(warmingUp(16 * TICK, 1000, 10 * TICK, 20), new double[0]);
        int warmup = warmupLength(stopping, series, TICK);
        assertEquals(Stopping.WarmupEnd.STEADY, stopping.warmupEnd());
        // the segment after the drop needs 20 iterations: 30 to 49
        assertTrue(warmup >= 50 && warmup <= 53, "steady after " + warmup + " iterations");
    }

    @Test
    void aSlowDriftIsNotSteady() {
        // 4% over 200 iterations in 2% noise: too slow for PELT to split, but the halves differ
        double[] drift = Synthetic.seed(8).ramp(200, 100, 104, 0.02).series();
        assertEquals(1, Segmentation.of(drift, Outliers.of(drift)).segments().size());
        // the detector looks first at iteration 200, where warm-up is capped
        StoppingRule rule = warmingUp(200 * TICK, 200 * TICK, TICK, 10);
        Stopping drifting = new Stopping(rule, new double[0]);
        assertEquals(200, warmupLength(drifting, drift, TICK));
        assertEquals(Stopping.WarmupEnd.CAPPED, drifting.warmupEnd());
        // the same noise without the drift is steady there
        Stopping flat = new Stopping(rule, new double[0]);
        assertEquals(200, warmupLength(flat, Synthetic.seed(8).level(200, 100, 0.02).series(), TICK));
        assertEquals(Stopping.WarmupEnd.STEADY, flat.warmupEnd());
    }

    @Test
    void warmupThatNeverSettlesIsCappedAtTheCap() {
        double[] rising = new double[1000];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = 100 + i;
        }
        Stopping stopping = new Stopping(warmingUp(TICK, 300 * TICK, TICK, 30), new double[0]);
        assertEquals(300, warmupLength(stopping, rising, TICK));
        assertEquals(Stopping.WarmupEnd.CAPPED, stopping.warmupEnd());
    }

    @Test
    void theSameSeriesGetsTheSameDecisions() {
        double[] series = Synthetic.seed(9).level(40, 300, 0.03).level(400, 100, 0.03).series();
        // 50 steady iterations: the 40 slow ones cannot be steady on their own
        StoppingRule rule = new StoppingRule(null, 10 * TICK, 300 * TICK, 20 * TICK, 50, null, 0.01, 5, 200 * TICK, 1, 3);
        int[] first = run(rule, series);
        int[] second = run(rule, series);
        assertEquals(first[0], second[0]);
        assertEquals(first[1], second[1]);
        assertTrue(first[0] >= 90, "warm-up ended after " + first[0]);
        assertTrue(first[1] >= 5, "measuring ended after " + first[1]);
    }

    private static int[] run(StoppingRule rule, double[] series) {
        Stopping stopping = new Stopping(rule, new double[0]);
        int warmup = warmupLength(stopping, series, TICK);
        int measured = measuredLength(stopping, Arrays.copyOfRange(series, warmup, series.length), TICK);
        return new int[] {warmup, measured};
    }

    @Test
    void anotherForkWhileFewerThanTheMinimumOrDisagreeingAndFewerThanTheMaximum() {
        StoppingRule rule = new StoppingRule(null, 1, 20, 5, 20, null, 0.02, 5, 30, 2, 4);
        double[] a = Synthetic.seed(10).level(30, 100, 0.01).series();
        double[] b = Synthetic.seed(11).level(30, 100, 0.01).series();
        double[] far = Synthetic.seed(12).level(30, 120, 0.01).series();
        assertTrue(Stopping.anotherFork(rule, List.of()));
        assertTrue(Stopping.anotherFork(rule, List.of(a)), "fewer than the minimum, however they agree");
        assertFalse(Stopping.anotherFork(rule, List.of(a, b)), "two that agree");
        assertTrue(Stopping.anotherFork(rule, List.of(a, far)), "two that disagree");
        assertTrue(Stopping.anotherFork(rule, List.of(a, far, b)), "three, two of which disagree");
        assertFalse(Stopping.anotherFork(rule, List.of(a, far, b, far)), "the maximum, however they disagree");
    }
}
