package oxbench.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import oxbench.results.InputDigest;
import oxbench.summary.Summary;

/**
 * {@code results.csv}: one row per story and implementation of the run, with a header. A row's series
 * (what it may be compared with across runs) is its story, implementation, {@code mode},
 * {@code runtime_mode}, {@code size} (with {@code size_unit}) and {@code input}, as in {@link Export#benchmarkName}.
 */
public final class CsvExport implements Export {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /**
     * One row; empty cells for what was not measured. Columns added later come last, so that a reader
     * of the older columns by position still works.
     *
     * @param ciLow        the interval's lower end, clamped at 0 ({@code ciLowClamped} says when)
     * @param speedupLow   clamped at 0 likewise (the baseline's interval reached below 0)
     * @param speedupHigh  empty when unbounded, also when this row's interval reached below 0
     * @param steadyState  the row's steady-state class (flat, warmup, slowdown, no-steady-state); empty
     *                     when not measured, and in runs from before issue 18
     * @param consistent   whether its forks agree; empty likewise
     * @param reachedTarget whether its interval reached the target half-width; empty with no target
     */
    @JsonPropertyOrder({"run", "story", "impl", "status", "score", "error", "ci_low", "ci_high", "unit", "speedup",
        "speedup_low", "speedup_high", "runtime_mode", "settled", "mode", "size", "size_unit", "input", "ci_low_clamped",
        "steady_state", "consistent", "reached_target"})
    record Row(String run, String story, String impl, String status, Double score, Double error, Double ciLow,
            Double ciHigh, String unit, Double speedup, Double speedupLow, Double speedupHigh, String runtimeMode,
            Boolean settled, String mode, Integer size, String sizeUnit, String input, Boolean ciLowClamped,
            String steadyState, Boolean consistent, Boolean reachedTarget) {}

    @Override
    public String fileName() {
        return "results.csv";
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Summary.StoryResult story : summary.stories()) {
            String input = InputDigest.of(story.input());
            Summary.Scaling scaling = story.scaling();
            for (Summary.ImplementationResult impl : story.implementations()) {
                Summary.SteadyState steady = impl.measured() ? impl.steadyState() : null;
                Double speedupHigh = impl.speedupHigh() == null || impl.speedupHigh() < 0 ? null : impl.speedupHigh();
                rows.add(new Row(summary.run().id(), story.story(), impl.impl(), impl.status().label(), impl.score(), impl.error(),
                        Export.physicalLow(impl.ciLow()), impl.ciHigh(), story.unit(), impl.speedup(),
                        Export.physicalLow(impl.speedupLow()), speedupHigh, impl.runtimeMode(), impl.settled(),
                        summary.run().mode(), scaling == null ? null : scaling.size(), scaling == null ? null : scaling.unit(), input, impl.measured() ? Export.lowClamped(impl) : null,
                        steady == null ? null : steady.steadyClass(), steady == null ? null : steady.consistent(),
                        steady == null ? null : steady.reachedTarget()));
            }
        }
        CsvSchema schema = MAPPER.schemaFor(Row.class).withHeader();
        MAPPER.writer(schema).writeValue(out, rows);
    }
}
