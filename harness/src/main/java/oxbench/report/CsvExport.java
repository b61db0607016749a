package oxbench.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import oxbench.results.Summary;

/** {@code results.csv}: one row per story and implementation of the run, with a header. */
public final class CsvExport implements Export {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** One row; empty cells for what was not measured. */
    @JsonPropertyOrder({"run", "story", "impl", "status", "score", "error", "ci_low", "ci_high", "unit", "speedup",
        "speedup_low", "speedup_high", "runtime_mode", "settled"})
    record Row(String run, String story, String impl, String status, Double score, Double error, Double ciLow,
            Double ciHigh, String unit, Double speedup, Double speedupLow, Double speedupHigh, String runtimeMode,
            Boolean settled) {}

    @Override
    public String fileName() {
        return "results.csv";
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Summary.StoryResult story : summary.stories()) {
            for (Summary.ImplementationResult impl : story.implementations()) {
                rows.add(new Row(summary.run().id(), story.story(), impl.impl(), impl.status(), impl.score(), impl.error(),
                        impl.ciLow(), impl.ciHigh(), story.unit(), impl.speedup(), impl.speedupLow(), impl.speedupHigh(),
                        impl.runtimeMode(), impl.settled()));
            }
        }
        CsvSchema schema = MAPPER.schemaFor(Row.class).withHeader();
        MAPPER.writer(schema).writeValue(out, rows);
    }
}
