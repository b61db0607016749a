package oxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerdictsTest {
    @Test
    void speedupIntervalIsTheWidestRatioTheTwoIntervalsAllow() {
        Verdicts.Speedup speedup = Verdicts.speedup(100, 90, 110, 2, 1, 4);
        assertEquals(50, speedup.value(), 1e-9);
        assertEquals(22.5, speedup.low(), 1e-9);
        assertEquals(110, speedup.high(), 1e-9);
    }

    @Test
    void aCandidateIntervalReachingZeroLeavesTheSpeedupUnbounded() {
        assertEquals(Double.POSITIVE_INFINITY, Verdicts.speedup(100, 90, 110, 2, -1, 5).high());
    }

    @Test
    void reproducedWhenTheWholeIntervalReachesTheClaim() {
        assertEquals(Verdicts.REPRODUCED, Verdicts.verdict(100, new Verdicts.Speedup(150, 100, 200)));
    }

    @Test
    void notReproducedWhenTheWholeIntervalIsBelowTheClaim() {
        assertEquals(Verdicts.NOT_REPRODUCED, Verdicts.verdict(100, new Verdicts.Speedup(50, 40, 99.9)));
    }

    @Test
    void inconclusiveWhenTheIntervalContainsTheClaimOrNothingWasMeasured() {
        assertEquals(Verdicts.INCONCLUSIVE, Verdicts.verdict(100, new Verdicts.Speedup(95, 80, 120)));
        assertEquals(Verdicts.INCONCLUSIVE, Verdicts.verdict(100, null));
        assertEquals(Verdicts.INCONCLUSIVE, Verdicts.verdict(100, new Verdicts.Speedup(150, Double.NaN, Double.NaN)));
    }
}
