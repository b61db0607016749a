package oxbench.stories.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {
    private static final List<Integer> SIZES = List.of(250, 500, 1000, 2000, 4000, 8000);

    @Test
    void anExactPowerLawHasItsExponentAndNoError() {
        List<Double> quadratic = SIZES.stream().map(n -> 3e-9 * n * n).toList();
        Growth.Exponent exponent = Growth.exponent(SIZES, quadratic);
        assertEquals(2.0, exponent.value(), 1e-12);
        assertEquals(0.0, exponent.standardError(), 1e-9);
        assertEquals(6, exponent.points());
    }

    @Test
    void noiseWidensTheInterval() {
        List<Double> noisy = List.of(1.0, 2.3, 3.7, 8.9, 15.0, 33.0); // about n^1, with noise
        Growth.Exponent exponent = Growth.exponent(SIZES, noisy);
        assertTrue(exponent.low() < exponent.value() && exponent.value() < exponent.high());
        assertTrue(exponent.low() > 0.8 && exponent.high() < 1.3, exponent.toString());
        assertTrue(exponent.standardError() > 0);
    }

    @Test
    void tooFewOrNonPositivePointsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Growth.exponent(List.of(1, 2), List.of(1.0, 2.0)));
        assertThrows(IllegalArgumentException.class, () -> Growth.exponent(List.of(1, 2, 4), List.of(1.0, 0.0, 2.0)));
    }

    @Test
    void theCrossoverIsInterpolatedOnALogLogScale() {
        List<Integer> sizes = List.of(100, 1000, 10000);
        List<Double> challenger = List.of(100.0, 1000.0, 10000.0); // n
        List<Double> incumbent = List.of(1.0, 100.0, 10000.0);      // n^2 / 10^4
        // Equal at n = 10000 exactly.
        assertEquals(10000.0, Growth.crossover(sizes, challenger, incumbent), 1e-6);
        List<Double> slower = List.of(10.0, 100.0, 1000.0); // equal to n^2/10^4 at n = 1000
        assertEquals(1000.0, Growth.crossover(sizes, slower, incumbent), 1e-6);
        // Between sizes: ratio 4 at 100 and 1/4 at 10000 (log-symmetric) crosses at 1000.
        assertEquals(1000.0, Growth.crossover(sizes, List.of(4.0, 1.0, 0.25), List.of(1.0, 1.0, 1.0)), 1e-6);
    }

    @Test
    void noCrossoverWhenTheChallengerLeadsFromTheStartOrNeverCatchesUp() {
        List<Integer> sizes = List.of(100, 1000);
        assertNull(Growth.crossover(sizes, List.of(1.0, 2.0), List.of(5.0, 50.0)));
        assertNull(Growth.crossover(sizes, List.of(10.0, 100.0), List.of(1.0, 10.0)));
    }
}
