package oxbench.jmh;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/** Lowering JMH's loop count from inside a fork: what lets a fork stop early (JMH 1.37 re-reads the count every iteration). */
class IterationCountsTest {
    @Test
    void thisJmhHasTheCountToLower() {
        assertDoesNotThrow(IterationCounts::check);
    }

    @Test
    void theCountIsLoweredAndNeverRaised() {
        IterationParams params = new IterationParams(IterationType.MEASUREMENT, 100, TimeValue.milliseconds(200), 1);
        IterationCounts.endAfter(params, 12);
        assertEquals(12, params.getCount());
        IterationCounts.endAfter(params, 40);
        assertEquals(12, params.getCount(), "a later, larger bound does not undo an end");
        assertEquals(IterationType.MEASUREMENT, params.getType());
        assertEquals(TimeValue.milliseconds(200), params.getTime());
    }
}
