package oxbench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import oxbench.results.Json;
import oxbench.results.Summary;
import oxbench.results.Tables;

/**
 * {@code bencher.json}: Bencher Metric Format for {@code bencher run --adapter json}. Each measured
 * implementation is a benchmark with the built-in {@code latency} measure, which Bencher counts in
 * nanoseconds: value, lower and upper end of the 99.9% interval in ns per unit of work.
 */
public final class BencherExport implements Export {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Metric(double value, Double lowerValue, Double upperValue) {}

    @Override
    public String fileName() {
        return "bencher.json";
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        Map<String, Map<String, Metric>> benchmarks = new LinkedHashMap<>();
        for (Summary.StoryResult story : summary.stories()) {
            double nanos = Tables.nanosPerScore(story.unit());
            for (Summary.ImplementationResult impl : story.implementations()) {
                if (impl.measured()) {
                    benchmarks.put(Export.benchmarkName(story, impl), Map.of("latency", new Metric(impl.score() * nanos,
                            impl.ciLow() == null ? null : impl.ciLow() * nanos,
                            impl.ciHigh() == null ? null : impl.ciHigh() * nanos)));
                }
            }
        }
        Json.MAPPER.writeValue(out, benchmarks);
    }
}
