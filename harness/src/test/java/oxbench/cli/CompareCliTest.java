package oxbench.cli;

import static oxbench.cli.Cli.assertOneLineError;
import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import oxbench.cli.Cli.Outcome;
import oxbench.compare.RecordedRun;
import oxbench.compare.RunFixture;
import oxbench.compare.RunFixture.Impl;
import oxbench.results.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench compare}: its exit codes, its two formats and its one-line errors, on runs written in a temporary directory. */
class CompareCliTest {
    private static final double[] STEADY = {100, 101, 99, 100.5, 99.5, 100, 101, 99, 100.5, 99.5};
    private static final double[] SLOWER = {120, 121.2, 118.8, 120.6, 119.4, 120, 121.2, 118.8, 120.6, 119.4};

    @TempDir
    Path dir;

    private Path run(String id, double[] samples) throws Exception {
        return new RunFixture(id).story("fingerprint", Impl.ok("rust@ffm", samples), new Impl("rust@graalwasm", "failed"))
                .writeTo(dir.resolve(id));
    }

    @Test
    void noRegressionExitsZeroWithMarkdown() throws Exception {
        Outcome outcome = bench("compare", run("base", STEADY).toString(), run("new", STEADY).toString());
        assertEquals(ExitCodes.OK, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("| rust@ffm | 100.000 us | 100.000 us | 1.000x ["), outcome.out());
        assertTrue(outcome.out().contains("| fingerprint | rust@graalwasm | failed | failed | not measured in either run |"),
                outcome.out());
        assertTrue(outcome.out().contains("No regression"), outcome.out());
    }

    @Test
    void aRegressionExitsThreeAndJsonSaysWhich() throws Exception {
        Outcome outcome = bench("compare", "--format", "json", run("base", STEADY).toString(), run("new", SLOWER).toString());
        assertEquals(ExitCodes.REGRESSION, outcome.code(), outcome.err());
        JsonNode json = Json.MAPPER.readTree(outcome.out());
        assertEquals("new", json.get("new").get("id").asText());
        assertEquals(1, json.get("regressions").asInt());
        JsonNode row = json.get("stories").get(0).get("rows").get(0);
        assertEquals("regression", row.get("change").asText());
        assertEquals(1.2, row.get("ratio").asDouble(), 1e-12);
        assertTrue(row.get("p_value").asDouble() < 0.01);
        assertEquals("rust@graalwasm", json.get("unmatched").get(0).get("impl").asText());
    }

    @Test
    void aHigherThresholdLetsTheSameSlowdownPass() throws Exception {
        Outcome outcome = bench("compare", "--threshold", "0.25", run("base", STEADY).toString(), run("new", SLOWER).toString());
        assertEquals(ExitCodes.OK, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("| within-threshold |"), outcome.out());
    }

    @Test
    void badInputIsAOneLineErrorWithExitTwo() throws Exception {
        Path base = run("base", STEADY);
        assertOneLineError(bench("compare", "20991231-000000", base.toString()), "no run '20991231-000000'");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertOneLineError(bench("compare", base.toString(), empty.toString()), "is not an oxbench run (no summary.json)");

        Path truncated = run("truncated", STEADY);
        String summary = Files.readString(truncated.resolve("summary.json"));
        Files.writeString(truncated.resolve("summary.json"), summary.substring(0, summary.length() / 2));
        assertOneLineError(bench("compare", base.toString(), truncated.toString()), "is not a valid oxbench summary (truncated or edited?)");

        Path cutSamples = run("cut-samples", STEADY);
        String jmh = Files.readString(cutSamples.resolve("jmh-fingerprint.json"));
        Files.writeString(cutSamples.resolve("jmh-fingerprint.json"), jmh.substring(0, jmh.length() / 2));
        assertOneLineError(bench("compare", base.toString(), cutSamples.toString()), "is not valid JMH JSON (truncated or edited?)");

        Path noSamples = run("no-samples", STEADY);
        Files.delete(noSamples.resolve("jmh-fingerprint.json"));
        assertOneLineError(bench("compare", base.toString(), noSamples.toString()), "jmh-fingerprint.json is missing");

        Path edited = run("edited", STEADY);
        Files.writeString(edited.resolve("summary.json"), summary.replaceFirst("\"score\" : 100.0", "\"score\" : 90.0"));
        assertOneLineError(bench("compare", base.toString(), edited.toString()), "raw samples average 100.0 (edited?)");

        assertOneLineError(bench("compare", "--threshold", "-1", base.toString(), base.toString()), "--threshold must be");
        assertOneLineError(bench("compare", "--format", "xml", base.toString(), base.toString()), "is not markdown or json");
        assertOneLineError(bench("compare", base.toString()), "Missing required parameter: 'NEW'");
    }

    @Test
    void aRecordedRunWithExternalRowsComparesWithItself() throws Exception {
        Path run = RecordedRun.copyInto(dir);
        Outcome outcome = bench("compare", "--format", "json", run.toString(), run.toString());
        assertEquals(ExitCodes.OK, outcome.code(), outcome.err());
        JsonNode json = Json.MAPPER.readTree(outcome.out());
        assertEquals(1, json.get("unmatched").size(), outcome.out());
        assertEquals("js+rust@graalwasm-json", json.get("unmatched").get(0).get("impl").asText(), "capped, so not measured");
        assertEquals(16, json.get("compared").asInt(), "every measured row, the external ones too");
        List<String> impls = new ArrayList<>();
        json.get("stories").forEach(story -> story.get("rows").forEach(row -> {
            impls.add(story.get("story").asText() + " " + row.get("impl").asText());
            assertEquals(1.0, row.get("ratio").asDouble(), row.toString());
            assertEquals("not-significant", row.get("change").asText(), row.toString());
        }));
        assertTrue(impls.containsAll(List.of("fingerprint python@cpython", "fingerprint python+rust@pyo3", "fingerprint go@go",
                "fingerprint go+rust@cgo", "fingerprint rust@ffm", "patterns js@node", "patterns js+rust@napi",
                "patterns js+rust@node-wasm", "patterns rust@ffm")), impls.toString());

        Outcome markdown = bench("compare", run.toString(), run.toString());
        assertEquals(ExitCodes.OK, markdown.code(), markdown.err());
        assertTrue(markdown.out().contains("No regression; 0 improvement(s)."), markdown.out());
    }

    @Test
    void runsWithNothingInCommonSayNothingWasComparedAndExitTwo() throws Exception {
        Path fingerprint = new RunFixture("fingerprint-only").story("fingerprint", Impl.ok("rust@ffm", STEADY))
                .writeTo(dir.resolve("fingerprint-only"));
        Path patterns = new RunFixture("patterns-only").story("patterns", Impl.ok("rust@ffm", STEADY))
                .writeTo(dir.resolve("patterns-only"));
        Outcome disjoint = bench("compare", fingerprint.toString(), patterns.toString());
        assertOneLineError(disjoint, "nothing was compared: no story's implementation was measured (\"ok\") in both"
                + " fingerprint-only and patterns-only");
        assertTrue(disjoint.out().contains("**Nothing was compared**"), disjoint.out());
        assertFalse(disjoint.out().contains("No regression"), disjoint.out());

        // the same story, but its one row failed in NEW
        Path failed = new RunFixture("failed").story("fingerprint", new Impl("rust@ffm", "failed")).writeTo(dir.resolve("failed"));
        Outcome json = bench("compare", "--format", "json", fingerprint.toString(), failed.toString());
        assertOneLineError(json, "nothing was compared");
        assertEquals(0, Json.MAPPER.readTree(json.out()).get("compared").asInt(), json.out());
    }

    @Test
    void compareModifiesNothing() throws Exception {
        Path base = run("base", STEADY);
        Path current = run("new", SLOWER);
        Map<String, String> before = digests(dir);
        assertEquals(ExitCodes.REGRESSION, bench("compare", base.toString(), current.toString()).code());
        assertEquals(ExitCodes.REGRESSION, bench("compare", "--format", "json", base.toString(), current.toString()).code());
        assertEquals(before, digests(dir));
    }

    /** Every file under {@code root} and its SHA-256. */
    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                digests.put(root.relativize(file).toString(), Files.isRegularFile(file)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                        : "directory");
            }
        }
        return digests;
    }
}
