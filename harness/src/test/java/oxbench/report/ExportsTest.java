package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import oxbench.compare.RecordedRun;
import oxbench.history.RunHistory;
import oxbench.results.Json;
import oxbench.summary.Summary;
import oxbench.results.SummaryJsonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI exports: one series per comparable measurement, physical bounds, numbers as their consumers write them. */
class ExportsTest {
    /** The sample run (a story with a scaling table at 1000 patterns), changed by {@code edit}. */
    private static Summary summary(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode json = Json.MAPPER.valueToTree(SummaryJsonTest.sample());
        edit.accept(json);
        return Json.MAPPER.treeToValue(json, Summary.class);
    }

    private static ObjectNode story(ObjectNode summary) {
        return (ObjectNode) summary.get("stories").get(0);
    }

    private static ObjectNode row(ObjectNode summary) {
        return (ObjectNode) story(summary).get("implementations").get(0);
    }

    private static String write(Export export, Summary summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(summary, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The names the two JSON exports give the run's one measured row (they must agree). */
    private static String name(Summary summary) throws Exception {
        JsonNode action = Json.MAPPER.readTree(write(new GithubActionBenchmarkExport(), summary));
        JsonNode bencher = Json.MAPPER.readTree(write(new BencherExport(), summary));
        assertEquals(1, action.size());
        List<String> bencherNames = new ArrayList<>();
        bencher.fieldNames().forEachRemaining(bencherNames::add);
        assertEquals(List.of(action.get(0).get("name").asText()), bencherNames);
        return bencherNames.getFirst();
    }

    @Test
    void aNameSaysStoryImplementationModeRuntimeSizeAndInput() throws Exception {
        assertTrue(name(summary(json -> { })).matches("fingerprint/rust@ffm \\(quick, jit, 1000 patterns, input [0-9a-f]{8}\\)"),
                name(summary(json -> { })));
    }

    @Test
    void runsOfTheSameSettingsShareANameAndOthersNever() throws Exception {
        String quick = name(summary(json -> { }));
        assertEquals(quick, name(summary(json -> ((ObjectNode) json.get("run")).put("id", "20261125-000000"))),
                "another run of the same settings");
        String full = name(summary(json -> ((ObjectNode) json.get("run")).put("mode", "full")));
        String interpreter = name(summary(json -> row(json).put("runtime_mode", "interpreter")));
        String smaller = name(summary(json -> {
            ((ObjectNode) story(json).get("scaling")).put("size", 100);
            ((ObjectNode) story(json).get("input")).put("patterns", 100);
        }));
        String otherCorpus = name(summary(json -> ((ObjectNode) story(json).get("input")).put("corpus", "my own")));
        List<String> names = List.of(quick, full, interpreter, smaller, otherCorpus);
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
        assertTrue(smaller.contains(", 100 patterns, "), smaller);
    }

    @Test
    void theCsvHasTheModeSizeAndInputOfEveryRow() throws Exception {
        List<String> csv = write(new CsvExport(), summary(json -> ((ObjectNode) json.get("run")).put("mode", "full"))).lines().toList();
        assertTrue(csv.get(0).endsWith(",runtime_mode,settled,mode,size,size_unit,input,ci_low_clamped,steady_state,consistent,"
                + "reached_target"), csv.get(0));
        assertTrue(csv.get(1).matches(".*,jit,true,full,1000,patterns,[0-9a-f]{8},false,,,"), csv.get(1));
        String quickInput = write(new CsvExport(), summary(json -> { })).lines().toList().get(1).split(",")[17];
        String otherInput = write(new CsvExport(), summary(json -> ((ObjectNode) story(json).get("input")).put("corpus", "x")))
                .lines().toList().get(1).split(",")[17];
        assertNotEquals(quickInput, otherInput);
    }

    @Test
    void theCsvAndTheActionsExtraHaveEachRowsSteadyState() throws Exception {
        Summary steady = summary(json -> row(json).set("steady_state", Json.MAPPER.valueToTree(new Summary.SteadyState(
                "no-steady-state", false, List.of(new Summary.ForkState("no-steady-state", List.of(12), 12, 5, 20, "steady",
                        "capped")), 0.02, false))));
        assertTrue(write(new CsvExport(), steady).lines().toList().get(1).endsWith(",false,no-steady-state,false,false"),
                write(new CsvExport(), steady));
        assertTrue(Json.MAPPER.readTree(write(new GithubActionBenchmarkExport(), steady)).get(0).get("extra").asText()
                .endsWith(", steady state: no steady state, inconsistent"), write(new GithubActionBenchmarkExport(), steady));
    }

    @Test
    void aNegativeLowerBoundIsClampedAtZeroAndFlagged() throws Exception {
        // JMH's interval of 5 +- 8 us: no time is below 0
        Summary noisy = summary(json -> row(json).put("score", 5.0).put("error", 8.0).put("ci_low", -3.0).put("ci_high", 13.0)
                .put("speedup_low", -40.0));
        JsonNode latency = Json.MAPPER.readTree(write(new BencherExport(), noisy)).elements().next().get("latency");
        assertEquals(0.0, latency.get("lower_value").asDouble());
        assertEquals(13_000.0, latency.get("upper_value").asDouble());
        assertEquals(5_000.0, latency.get("value").asDouble());

        String csvRow = write(new CsvExport(), noisy).lines().toList().get(1);
        assertTrue(csvRow.startsWith("20261124-000000,fingerprint,rust@ffm,ok,5.0,8.0,0.0,13.0,us/file,200.0,0.0,220.0,"), csvRow);
        assertTrue(csvRow.endsWith(",true,,,"), csvRow); // ci_low_clamped, then no steady state (a run from before issue 18)

        JsonNode action = Json.MAPPER.readTree(write(new GithubActionBenchmarkExport(), noisy)).get(0);
        assertTrue(action.get("extra").asText().contains("99.9% CI [0, 13] (its lower end clamped at 0"), action.get("extra").asText());
    }

    @Test
    void aRecordedRunsExportsHoldNoNegativeTime(@TempDir Path dir) throws Exception {
        Summary recorded = new RunHistory(dir).open(RecordedRun.copyInto(dir).toString()).summary();
        List<Summary.ImplementationResult> rows = recorded.stories().stream().flatMap(story -> story.implementations().stream())
                .filter(Summary.ImplementationResult::measured).toList();
        assertTrue(rows.stream().anyMatch(row -> row.ciLow() < 0), "the recorded run has intervals reaching below 0");
        JsonNode bencher = Json.MAPPER.readTree(write(new BencherExport(), recorded));
        assertEquals(rows.size(), bencher.size());
        bencher.elements().forEachRemaining(metric -> assertTrue(metric.get("latency").get("lower_value").asDouble() >= 0,
                metric.toString()));
        List<String> csv = write(new CsvExport(), recorded).lines().skip(1).filter(line -> line.contains(",ok,")).toList();
        csv.forEach(line -> assertTrue(Double.parseDouble(line.split(",")[6]) >= 0, line));
        assertEquals(rows.stream().filter(row -> row.ciLow() < 0).count(), csv.stream().filter(line -> line.endsWith(",true,,,")).count());
    }

    @Test
    void rangesAreWrittenAsJavaScriptWritesNumbersSoTheActionKeepsThem() throws Exception {
        Summary tiny = summary(json -> row(json).put("score", 0.0035).put("error", 1.2345e-4).put("ci_low", 0.0033765)
                .put("ci_high", 0.0036235));
        JsonNode action = Json.MAPPER.readTree(write(new GithubActionBenchmarkExport(), tiny)).get(0);
        assertEquals("± 0.00012345", action.get("range").asText());
        assertTrue(action.get("extra").asText().contains("[0.0033765, 0.0036235]"), action.get("extra").asText());

        // what Number.prototype.toString prints (checked in Node 20)
        assertEquals("1", Export.jsNumber(1.0));
        assertEquals("100", Export.jsNumber(100.0));
        assertEquals("123456789", Export.jsNumber(1.23456789e8));
        assertEquals("0.30000000000000004", Export.jsNumber(0.1 + 0.2));
        assertEquals("0.000001", Export.jsNumber(1e-6));
        assertEquals("1.5e-7", Export.jsNumber(1.5e-7));
        assertEquals("-2.5e-8", Export.jsNumber(-2.5e-8));
        assertEquals("1e+21", Export.jsNumber(1e21));
        assertEquals("1.23e+22", Export.jsNumber(1.23e22));
        assertEquals("0", Export.jsNumber(0.0));
    }
}
