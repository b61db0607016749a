package oxbench.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.SampleTimeResult;
import org.openjdk.jmh.util.SampleBuffer;

/**
 * Turns each iteration's {@link Observations} into JMH secondary results (one sample-time result per
 * name, so JMH's JSON carries their percentiles and histogram as it does for {@code Mode.SampleTime}).
 * JMH keeps the measured iterations' results only, merged over iterations and forks.
 */
public final class ObservationsProfiler implements InternalProfiler {
    @Override
    public String getDescription() {
        return "what the workload observed per event (timer lag, request latency), as percentiles";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        Observations.drain();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        return results(Observations.drain(), benchmark.getTimeUnit());
    }

    /** One secondary sample-time result per name, its values (recorded in ns) shown in {@code unit}. */
    static List<SampleTimeResult> results(Map<String, SampleBuffer> observed, TimeUnit unit) {
        List<SampleTimeResult> results = new ArrayList<>();
        observed.forEach((name, values) -> results.add(new SampleTimeResult(ResultRole.SECONDARY, name, values, unit)));
        return results;
    }
}
