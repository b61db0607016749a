package oxbench.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowSteadinessTest {
    private static ForkSteadiness fork(SteadyClass steadyClass) {
        return new ForkSteadiness(steadyClass, List.of(), 0, 0, List.of());
    }

    /** {@code n} samples around {@code level} with {@code cv} noise. */
    private static double[] samples(long seed, int n, double level, double cv) {
        return Synthetic.seed(seed).level(n, level, cv).series();
    }

    @Test
    void theRowsClassIsTheWorstForksAndDifferentClassesAreInconsistent() {
        double[] same = samples(1, 30, 100, 0.01);
        RowSteadiness row = RowSteadiness.of(List.of(fork(SteadyClass.FLAT), fork(SteadyClass.SLOWDOWN), fork(SteadyClass.WARMUP)),
                List.of(same, same, same));
        assertEquals(SteadyClass.SLOWDOWN, row.steadyClass());
        assertFalse(row.consistent());
        assertEquals(3, row.forks().size());
    }

    @Test
    void forksOfOneClassWhoseMeansAgreeAreConsistent() {
        RowSteadiness row = RowSteadiness.of(List.of(fork(SteadyClass.WARMUP), fork(SteadyClass.WARMUP)),
                List.of(samples(2, 30, 100, 0.01), samples(3, 30, 100, 0.01)));
        assertEquals(SteadyClass.WARMUP, row.steadyClass());
        assertTrue(row.consistent());
    }

    @Test
    void forksOfOneClassWhoseMeansDisagreeAreInconsistent() {
        RowSteadiness row = RowSteadiness.of(List.of(fork(SteadyClass.FLAT), fork(SteadyClass.FLAT)),
                List.of(samples(4, 30, 100, 0.01), samples(5, 30, 105, 0.01)));
        assertEquals(SteadyClass.FLAT, row.steadyClass());
        assertFalse(row.consistent());
    }

    @Test
    void meansDisagreeWhenTheyDifferBeyondTheirIntervalsAndByMoreThanOnePercent() {
        // 5% apart with tight intervals
        assertTrue(RowSteadiness.forksDisagree(List.of(samples(6, 30, 100, 0.01), samples(7, 30, 105, 0.01))));
        // 5% apart, but each interval is wider than that
        assertFalse(RowSteadiness.forksDisagree(List.of(samples(8, 5, 100, 0.3), samples(9, 5, 105, 0.3))));
        // 0.5% apart, well beyond intervals this tight, but within 1%
        assertFalse(RowSteadiness.forksDisagree(List.of(samples(10, 50, 100, 0.0001), samples(11, 50, 100.5, 0.0001))));
        // any two of several: the third disagrees with the first
        assertTrue(RowSteadiness.forksDisagree(List.of(samples(12, 30, 100, 0.01), samples(13, 30, 100, 0.01),
                samples(14, 30, 110, 0.01))));
    }

    @Test
    void aForkOfOneSampleHasNoIntervalToHideIn() {
        assertTrue(RowSteadiness.forksDisagree(List.of(new double[] {100}, new double[] {102})));
        assertFalse(RowSteadiness.forksDisagree(List.of(new double[] {100}, new double[] {100.5})));
        assertFalse(RowSteadiness.forksDisagree(List.of(new double[] {100})));
        assertFalse(RowSteadiness.forksDisagree(List.of()));
    }

    @Test
    void forksAndSamplesMustMatch() {
        assertThrows(IllegalArgumentException.class,
                () -> RowSteadiness.of(List.of(fork(SteadyClass.FLAT)), List.of(new double[] {1}, new double[] {2})));
    }
}
