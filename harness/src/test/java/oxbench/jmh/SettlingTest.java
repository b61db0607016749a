package oxbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettlingTest {
    @Test
    void flatNoisyScoresAreSettled() {
        Settling.Verdict verdict = Settling.of(List.of(new double[] {10.1, 9.9, 10.0, 10.2, 9.8, 10.0, 10.1, 9.9}));
        assertTrue(verdict.settled());
        assertTrue(Math.abs(verdict.drift()) < 0.05, "drift " + verdict.drift());
    }

    @Test
    void scoresStillFallingSteadilyAreNotSettled() {
        Settling.Verdict verdict = Settling.of(List.of(
                new double[] {10, 10, 10, 10, 10},
                new double[] {20, 18, 16, 14, 12, 10}));
        assertFalse(verdict.settled());
        assertEquals(-10.0 / 15, verdict.drift(), 1e-9);
    }

    @Test
    void identicalScoresAreSettled() {
        assertTrue(Settling.of(List.of(new double[] {5, 5, 5, 5})).settled());
    }
}
