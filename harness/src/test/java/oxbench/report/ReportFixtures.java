package oxbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import oxbench.results.Json;
import oxbench.summary.Summary;
import oxbench.results.SummaryJsonTest;

/** Run directories for the report and dashboard tests, made from the sample summary. */
public final class ReportFixtures {
    private ReportFixtures() {}

    /**
     * A run {@code id} under {@code results}, started {@code minutes} after midnight, every time of
     * its main rows scaled by {@code factor} (a slower run when above 1).
     */
    public static Path run(Path results, String id, int minutes, double factor) throws Exception {
        Path dir = Files.createDirectories(results.resolve(id));
        ObjectNode summary = Json.MAPPER.valueToTree(SummaryJsonTest.sample());
        ObjectNode run = (ObjectNode) summary.get("run");
        run.put("id", id);
        run.put("started", String.format("2026-11-24T%02d:%02d:00Z", minutes / 60, minutes % 60));
        for (JsonNode story : summary.get("stories")) {
            for (JsonNode impl : story.get("implementations")) {
                for (String field : List.of("score", "error", "ci_low", "ci_high")) {
                    if (impl.get(field).isNumber()) {
                        ((ObjectNode) impl).put(field, impl.get(field).asDouble() * factor);
                    }
                }
            }
        }
        Json.MAPPER.writeValue(dir.resolve("summary.json").toFile(), summary);
        return dir;
    }

    /** Flags implementation {@code impl} of every story of the run in {@code dir} below resolution, as a run would. */
    public static void belowResolution(Path dir, String impl) throws Exception {
        ObjectNode summary = (ObjectNode) Json.MAPPER.readTree(dir.resolve("summary.json").toFile());
        for (JsonNode story : summary.get("stories")) {
            for (JsonNode row : story.get("implementations")) {
                if (impl.equals(row.get("impl").asText())) {
                    ((ObjectNode) row).set("below_resolution", Json.MAPPER.valueToTree(new Summary.BelowResolution(
                            "one timed invocation takes 12.0 ns, below the timer's resolution (30.0 ns)", 0.5, 12, 30)));
                }
            }
        }
        Json.MAPPER.writeValue(dir.resolve("summary.json").toFile(), summary);
    }
}
