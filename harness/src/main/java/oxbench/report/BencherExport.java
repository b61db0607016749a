package oxbench.report;

import oxbench.results.Format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import oxbench.results.Json;
import oxbench.summary.Summary;
import oxbench.report.Tables;

/**
 * {@code bencher.json}: Bencher Metric Format for {@code bencher run --adapter json}. Each measured
 * implementation is a benchmark named by {@link Export#benchmarkName} with the built-in {@code latency}
 * measure, which Bencher counts in nanoseconds: value, lower and upper end of the 99.9% interval in ns per
 * unit of work, the lower end clamped at 0 (as Bencher's own JMH adapter does).
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
            double nanos = Format.nanosPerScore(story.unit());
            for (Summary.ImplementationResult impl : story.implementations()) {
                if (impl.measured()) {
                    Double low = Export.physicalLow(impl.ciLow());
                    benchmarks.put(Export.benchmarkName(summary.run(), story, impl), Map.of("latency",
                            new Metric(impl.score() * nanos, low == null ? null : low * nanos,
                                    impl.ciHigh() == null ? null : impl.ciHigh() * nanos)));
                }
            }
        }
        Json.MAPPER.writeValue(out, benchmarks);
    }
}
