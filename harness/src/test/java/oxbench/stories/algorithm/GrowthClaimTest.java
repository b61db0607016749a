package oxbench.stories.algorithm;

import oxbench.summary.Summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.story.FixedEvidence;
import oxbench.summary.Status;
import oxbench.summary.Verdict;
import oxbench.stories.algorithm.GrowthClaim.Exponent;
import oxbench.stories.algorithm.GrowthClaim.Expected;
import oxbench.stories.algorithm.GrowthClaim.Outcome;
import org.junit.jupiter.api.Test;

class GrowthClaimTest {
    private static final List<Integer> SIZES = List.of(250, 500, 1000, 2000, 4000, 8000, 16000);
    private static final GrowthClaim CLAIM = new GrowthClaim("nlogn", "naive", List.of(
            new Expected("naive", "O(n^2)", 1.7, 2.3),
            new Expected("nlogn", "O(n log n)", 0.9, 1.4)), "guide");

    /** A point with a 1% error bar and a little deterministic noise, so that exponents have an interval. */
    private static ScalingPoint point(String impl, int size, double score) {
        double noisy = score * (1 + 0.01 * Math.sin(size));
        return new ScalingPoint(impl, size, Status.OK, noisy, noisy * 0.01, noisy * 0.99, noisy * 1.01, null, true);
    }

    private static Scaling scaling(IntToDoubleFunction naive, IntToDoubleFunction nlogn, List<Integer> sizes) {
        List<ScalingPoint> points = new ArrayList<>();
        sizes.forEach(n -> points.add(point("naive", n, naive.applyAsDouble(n))));
        sizes.forEach(n -> points.add(point("nlogn", n, nlogn.applyAsDouble(n))));
        return new Scaling("fragments", sizes.getLast(), sizes, new Summary.Plan(1, 1, 1, 1, 1), 1, points);
    }

    private static Outcome judge(GrowthClaim claim, Scaling scaling, String unit) {
        return claim.judge(FixedEvidence.ofScaling(scaling, unit));
    }

    private static double quadratic(int n) {
        return 1e-4 * n * n; // us: 6.25 us at 250, 25.6 ms at 16000
    }

    private static double nLogN(int n) {
        return 0.05 * n * Math.log(n); // us: 69 us at 250, 7.7 ms at 16000
    }

    @Test
    void theBetterAlgorithmOvertakingWithSeparateExponentsIsReproduced() {
        Outcome result = judge(CLAIM, scaling(GrowthClaimTest::quadratic, GrowthClaimTest::nLogN, SIZES), "us/call");
        assertEquals(Verdict.REPRODUCED, result.verdict(), result.finding());
        assertEquals(16000, result.largestSize());
        assertTrue(result.speedup() > 3 && result.low() > 1, result.toString());
        // 1e-4 n^2 = 0.05 n ln n  <=>  n = 500 ln n: about 4,200.
        assertNotNull(result.crossover());
        assertEquals(4200, result.crossover(), 200);
        assertEquals(List.of(4000, 8000), result.crossoverBetween());
        Exponent naive = result.exponents().get(0);
        assertEquals("naive", naive.impl());
        assertEquals(2.0, naive.value(), 0.02);
        assertTrue(naive.low() < naive.value() && naive.value() < naive.high());
        assertEquals(7, naive.points());
        assertTrue(naive.asExpected());
        assertEquals(1.13, result.exponents().get(1).value(), 0.03, "n log n over 64x fits as about n^1.13");
        assertTrue(result.finding().contains("overtakes at about 4,"), result.finding());
    }

    @Test
    void theFasterLanguageStillAheadAtTheLargestSizeIsNotReproduced() {
        Outcome result = judge(CLAIM,
                scaling(GrowthClaimTest::quadratic, n -> 100 * nLogN(n), SIZES), "us/call");
        assertEquals(Verdict.NOT_REPRODUCED, result.verdict(), result.finding());
        assertNull(result.crossover());
        assertTrue(result.crossoverNote().contains("stays slower"), result.crossoverNote());
        assertTrue(result.finding().contains("the faster language is"), result.finding());
    }

    @Test
    void anExponentOutsideItsRangeOrTooFewSizesIsInconclusive() {
        Outcome cubic = judge(CLAIM,
                scaling(n -> 1e-8 * n * n * n, GrowthClaimTest::nLogN, SIZES), "us/call");
        assertEquals(Verdict.INCONCLUSIVE, cubic.verdict(), cubic.finding());
        assertFalse(cubic.exponents().get(0).asExpected());
        assertTrue(cubic.finding().contains("naive outside [1.7, 2.3]"), cubic.finding());

        Outcome two = judge(CLAIM,
                scaling(GrowthClaimTest::quadratic, GrowthClaimTest::nLogN, List.of(8000, 16000)), "us/call");
        assertEquals(Verdict.INCONCLUSIVE, two.verdict());
        assertNull(two.exponents().get(0).value());
        assertTrue(two.finding().contains("a growth exponent needs three"), two.finding());
    }

    @Test
    void cappedPointsAreLeftOutOfTheFitAndTheLargestCommonSizeIsUsed() {
        Scaling full = scaling(GrowthClaimTest::quadratic, GrowthClaimTest::nLogN, SIZES);
        List<ScalingPoint> points = new ArrayList<>(full.points());
        points.set(6, new ScalingPoint("naive", 16000, Status.CAPPED, null, null, null, null, "predicted too slow", null));
        Scaling capped = new Scaling(full.unit(), full.size(), full.sizes(), full.plan(), full.cap(), points);
        Outcome result = judge(CLAIM, capped, "us/call");
        assertEquals(8000, result.largestSize());
        assertEquals(6, result.exponents().get(0).points());
        assertEquals(Verdict.REPRODUCED, result.verdict(), result.finding());
    }

    @Test
    void withoutAScalingTableNothingCanBeSaid() {
        Outcome result = judge(CLAIM, null, "us/call");
        assertEquals(Verdict.INCONCLUSIVE, result.verdict());
        assertTrue(result.finding().contains("one size only"), result.finding());
    }
}
