package oxbench.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeltTest {
    private static List<Integer> changepoints(double[] series) {
        return Pelt.changepoints(series, Pelt.penalty(series.length), 5);
    }

    private static void assertNear(int expected, int actual) {
        assertTrue(Math.abs(expected - actual) <= 1, "a changepoint at " + actual + ", expected " + expected + " +- 1");
    }

    @Test
    void thePenaltyIsBarrettsFifteenLnN() {
        assertEquals(15 * Math.log(500), Pelt.penalty(500), 1e-12);
    }

    @Test
    void findsAClearStepAtItsIndex() {
        double[] series = Synthetic.seed(1).level(100, 10, 0.01).level(150, 5, 0.01).series();
        List<Integer> found = changepoints(series);
        assertEquals(1, found.size(), found.toString());
        assertNear(100, found.get(0));
    }

    @Test
    void findsTwoSteps() {
        double[] series = Synthetic.seed(2).level(80, 10, 0.02).level(70, 20, 0.02).level(100, 12, 0.02).series();
        List<Integer> found = changepoints(series);
        assertEquals(2, found.size(), found.toString());
        assertNear(80, found.get(0));
        assertNear(150, found.get(1));
    }

    @Test
    void findsAChangeOfVarianceAlone() {
        double[] series = Synthetic.seed(3).level(100, 50, 0.001).level(100, 50, 0.05).series();
        List<Integer> found = changepoints(series);
        assertEquals(1, found.size(), found.toString());
        assertTrue(Math.abs(found.get(0) - 100) <= 3, found.toString());
    }

    @Test
    void findsNoneInPureNoise() {
        for (long seed = 10; seed < 30; seed++) {
            double[] series = Synthetic.seed(seed).level(400, 100, 0.05).series();
            assertEquals(List.of(), changepoints(series), "seed " + seed);
        }
    }

    @Test
    void aConstantSeriesHasNone() {
        assertEquals(List.of(), changepoints(Synthetic.constant(300, 4.2)));
        assertEquals(List.of(), changepoints(Synthetic.constant(300, 0)));
        assertEquals(List.of(), changepoints(Synthetic.constant(300, 1e9 + 0.1)));
    }

    @Test
    void aStepBetweenTwoConstantsIsOneChangepoint() {
        double[] series = Synthetic.seed(0).append(Synthetic.constant(60, 10.3)).append(Synthetic.constant(90, 5.7)).series();
        assertEquals(List.of(60), changepoints(series));
    }

    @Test
    void aSegmentHasAtLeastMinSegmentPoints() {
        // three points far off the level: with segments of 3 they are a segment of their own
        double[] series = Synthetic.seed(4).level(50, 100, 0.01).level(3, 300, 0.01).level(50, 100, 0.01).series();
        assertEquals(List.of(50, 53), Pelt.changepoints(series, Pelt.penalty(series.length), 3));
        for (int minSegment = 4; minSegment <= 12; minSegment++) {
            List<Integer> found = Pelt.changepoints(series, Pelt.penalty(series.length), minSegment);
            List<Integer> bounds = new ArrayList<>(List.of(0));
            bounds.addAll(found);
            bounds.add(series.length);
            for (int k = 1; k < bounds.size(); k++) {
                assertTrue(bounds.get(k) - bounds.get(k - 1) >= minSegment, "segments " + bounds + " with " + minSegment);
            }
        }
    }

    @Test
    void aSeriesShorterThanTwoSegmentsHasNone() {
        double[] step = {1, 1.1, 0.9, 1, 50, 51, 49, 50.5, 50};
        assertEquals(List.of(), Pelt.changepoints(step, 0, 5));
        assertEquals(List.of(), Pelt.changepoints(new double[0], 0, 2));
        assertEquals(List.of(), Pelt.changepoints(new double[] {7}, 0, 2));
        double[] longer = {1, 1.1, 0.9, 1, 1.05, 50, 51, 49, 50.5, 50};
        assertEquals(List.of(5), Pelt.changepoints(longer, Pelt.penalty(longer.length), 5));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Pelt.changepoints(new double[10], 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Pelt.changepoints(new double[10], -1, 2));
        assertThrows(IllegalArgumentException.class, () -> Pelt.changepoints(new double[] {1, 2, Double.NaN, 4}, 1, 2));
    }

    /** PELT is exact: on small series it finds what trying every segmentation finds. */
    @Test
    void agreesWithBruteForceOptimalPartitioning() {
        Random random = new Random(42);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 6 + random.nextInt(9);
            int minSegment = 2 + random.nextInt(2);
            double[] series = new double[n];
            double level = 10;
            for (int i = 0; i < n; i++) {
                if (random.nextInt(4) == 0) {
                    level = 1 + 20 * random.nextDouble();
                }
                series[i] = level + random.nextGaussian() * (0.1 + random.nextDouble());
            }
            double penalty = random.nextDouble() * 3 * Math.log(n);
            List<Integer> pelt = Pelt.changepoints(series, penalty, minSegment);
            Best brute = bruteForce(series, penalty, minSegment);
            assertEquals(brute.cost(), cost(series, pelt, penalty), 1e-9 * Math.max(1, Math.abs(brute.cost())),
                    "trial " + trial + ": PELT " + pelt + ", brute force " + brute.changepoints());
            assertEquals(brute.changepoints(), pelt, "trial " + trial);
            compared++;
        }
        assertEquals(300, compared);
    }

    private record Best(double cost, List<Integer> changepoints) {}

    /** Every segmentation with segments of at least {@code minSegment}, the cheapest one. */
    private static Best bruteForce(double[] series, double penalty, int minSegment) {
        int n = series.length;
        Best best = null;
        for (int mask = 0; mask < 1 << (n - 1); mask++) {
            List<Integer> changepoints = new ArrayList<>();
            for (int i = 1; i < n; i++) {
                if ((mask & 1 << (i - 1)) != 0) {
                    changepoints.add(i);
                }
            }
            if (!fits(changepoints, n, minSegment)) {
                continue;
            }
            double cost = cost(series, changepoints, penalty);
            if (best == null || cost < best.cost() - 1e-12) {
                best = new Best(cost, changepoints);
            }
        }
        return best;
    }

    private static boolean fits(List<Integer> changepoints, int n, int minSegment) {
        int start = 0;
        for (int end : changepoints) {
            if (end - start < minSegment) {
                return false;
            }
            start = end;
        }
        return n - start >= minSegment;
    }

    /** The penalised cost of a segmentation, each segment's variance computed directly (two passes). */
    private static double cost(double[] series, List<Integer> changepoints, double penalty) {
        double total = penalty * changepoints.size();
        int start = 0;
        List<Integer> ends = new ArrayList<>(changepoints);
        ends.add(series.length);
        for (int end : ends) {
            double mean = 0;
            for (int i = start; i < end; i++) {
                mean += series[i] / (end - start);
            }
            double variance = 0;
            for (int i = start; i < end; i++) {
                variance += (series[i] - mean) * (series[i] - mean) / (end - start);
            }
            total += (end - start) * Math.log(variance);
            start = end;
        }
        return total;
    }
}
