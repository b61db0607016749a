package oxbench.cli;

import static oxbench.cli.Cli.assertOneLineError;
import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import oxbench.cli.Cli.Outcome;
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
