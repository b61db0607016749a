package oxbench.jmh;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.util.SampleBuffer;

/**
 * What a workload observes while it runs, besides its own duration: how late each timer fired, how
 * long each request took. A workload records one value per event, in nanoseconds, under a name
 * ({@code timer lag}, {@code request latency}); {@link ObservationsProfiler} hands each measured
 * iteration's values to JMH as a secondary result with percentiles, which the run's results keep
 * beside the score.
 *
 * <p>Recording is cheap (a histogram bucket increment under a lock) and safe from any thread.
 */
public final class Observations {
    private static final Map<String, SampleBuffer> CURRENT = new LinkedHashMap<>();

    private Observations() {}

    /** Records one event of {@code name} that measured {@code nanos}. */
    public static void record(String name, long nanos) {
        synchronized (CURRENT) {
            CURRENT.computeIfAbsent(name, ignored -> new SampleBuffer()).add(Math.max(0, nanos));
        }
    }

    /** Everything recorded since the last call, by name; starts afresh. */
    static Map<String, SampleBuffer> drain() {
        synchronized (CURRENT) {
            Map<String, SampleBuffer> drained = new LinkedHashMap<>(CURRENT);
            CURRENT.clear();
            return drained;
        }
    }
}
