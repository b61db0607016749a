package oxbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import oxbench.results.Json;
import oxbench.results.Steadiness;
import oxbench.summary.Summary;

/**
 * {@code github-action-benchmark.json}: the JSON that github-action-benchmark reads with
 * {@code tool: customSmallerIsBetter}, one entry per measured implementation, in the story's unit,
 * named by {@link Export#benchmarkName} (one series per mode, runtime mode, size and input).
 */
public final class GithubActionBenchmarkExport implements Export {
    /** One entry: {@code range} is "± error" (99.9% half-width), {@code extra} says how it was measured. */
    record Entry(String name, String unit, double value, String range, String extra) {}

    @Override
    public String fileName() {
        return "github-action-benchmark.json";
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Summary.RunInfo run = summary.run();
        for (Summary.StoryResult story : summary.stories()) {
            for (Summary.ImplementationResult impl : story.implementations()) {
                if (!impl.measured()) {
                    continue;
                }
                String interval = impl.ciLow() == null || impl.ciHigh() == null ? "unknown"
                        : "[" + Export.jsNumber(Export.physicalLow(impl.ciLow())) + ", " + Export.jsNumber(impl.ciHigh()) + "]"
                        + (Export.lowClamped(impl) ? " (its lower end clamped at 0: the error exceeds the score)" : "");
                String extra = "run " + run.id() + " (" + run.mode() + ", " + impl.runtimeMode() + "), " + impl.runtime()
                        + ", 99.9% CI " + interval + ", " + impl.samples() + " samples"
                        + (impl.steadyState() == null ? "" : ", steady state: " + Steadiness.cell(impl.steadyState()));
                entries.add(new Entry(Export.benchmarkName(run, story, impl), story.unit(), impl.score(),
                        impl.error() == null ? "" : "± " + Export.jsNumber(impl.error()), extra));
            }
        }
        Json.MAPPER.writeValue(out, entries);
    }
}
