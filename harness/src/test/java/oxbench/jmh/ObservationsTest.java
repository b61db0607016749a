package oxbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.SampleTimeResult;
import org.openjdk.jmh.util.SampleBuffer;
import org.junit.jupiter.api.Test;

/** What workloads record reaches JMH as one secondary result per name, in the benchmark's time unit. */
class ObservationsTest {
    @Test
    void eachNameBecomesOneSampleTimeResultInTheBenchmarksUnit() {
        Observations.drain();
        for (int i = 1; i <= 100; i++) {
            Observations.record("timer lag", i * 1_000_000L); // 1 .. 100 ms
        }
        Observations.record("call latency", 2_000);
        Map<String, SampleBuffer> drained = Observations.drain();
        assertEquals(List.of("timer lag", "call latency"), List.copyOf(drained.keySet()));
        assertTrue(Observations.drain().isEmpty(), "draining starts afresh");

        List<SampleTimeResult> results = ObservationsProfiler.results(drained, TimeUnit.MICROSECONDS);
        SampleTimeResult lag = results.getFirst();
        assertEquals("timer lag", lag.getLabel());
        assertEquals(100, lag.getStatistics().getN());
        assertEquals(50_500, lag.getStatistics().getMean(), 50_500 * 0.01, "mean of 1..100 ms, in us");
        assertEquals(99_000, lag.getStatistics().getPercentile(99), 99_000 * 0.02);
        assertEquals(2, results.get(1).getStatistics().getMean(), 0.05, "2000 ns is 2 us");
    }

    @Test
    void negativeValuesAreRecordedAsZero() {
        Observations.drain();
        Observations.record("timer lag", -5);
        SampleTimeResult lag = ObservationsProfiler.results(Observations.drain(), TimeUnit.NANOSECONDS).getFirst();
        assertEquals(0, lag.getStatistics().getMax());
    }
}
