package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import oxbench.history.RunHistory;
import oxbench.results.InputDigest;
import oxbench.results.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    private Path report() throws Exception {
        Path results = dir.resolve("results");
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        Path out = dir.resolve("report");
        ReportWriter.write(new RunHistory(results).open("20261124-000000"), out, HtmlPage.inlineLibrary());
        return out;
    }

    @Test
    void theHtmlIsSelfContainedWithTablesVerdictsChartsAndMetadata() throws Exception {
        String html = Files.readString(report().resolve("report.html"));
        assertTrue(html.contains(ChartLibrary.library()), "ECharts inlined");
        assertFalse(Pattern.compile("<(script|link)[^>]+(src|href)=\"https?:", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no script or style from the network");
        assertFalse(html.contains("<script src="), "no script file at all");
        for (String expected : List.of("id=\"bars-fingerprint\"", "id=\"scaling-fingerprint\"", "rust@ffm vs python@graalpy",
                "reproduced", "what the bridge costs", "rust@ffm against rust@graalwasm as the input grows: reproduced",
                "crossover ~300 patterns", "GraalVM polyglot", "bench run --quick")) {
            assertTrue(html.contains(expected), expected);
        }
    }

    @Test
    void theMarkdownCsvAndCiExportsAreWritten() throws Exception {
        Path out = report();
        String markdown = Files.readString(out.resolve("report.md"));
        assertTrue(markdown.startsWith("# oxbench run 20261124-000000"));
        // The fixture's run directory holds no chart: the report draws it from summary.json.
        assertTrue(markdown.contains("(fingerprint-scaling.png)"), markdown);
        byte[] png = Files.readAllBytes(out.resolve("fingerprint-scaling.png"));
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII), "a PNG image");

        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("run,story,impl,status,score,error,ci_low,ci_high,unit,speedup,speedup_low,speedup_high,runtime_mode,settled,"
                + "mode,size,size_unit,input,ci_low_clamped,steady_state,consistent,reached_target", csv.get(0));
        String input = InputDigest.of(Map.of("corpus", "c", "matches", 10));
        assertEquals(List.of(
                "20261124-000000,fingerprint,rust@ffm,ok,50.0,1.0,49.0,51.0,us/file,200.0,180.0,220.0,jit,true,quick,1000,patterns,"
                        + input + ",false,,,",
                "20261124-000000,fingerprint,rust@graalwasm,failed,,,,,us/file,,,,jit,,quick,1000,patterns," + input + ",,,,"),
                csv.subList(1, csv.size()));
        String name = "fingerprint/rust@ffm (quick, jit, 1000 patterns, input " + input + ")";

        JsonNode action = Json.MAPPER.readTree(out.resolve("github-action-benchmark.json").toFile());
        assertEquals(1, action.size(), "measured rows only");
        assertEquals(name, action.get(0).get("name").asText());
        assertEquals("us/file", action.get(0).get("unit").asText());
        assertEquals(50.0, action.get(0).get("value").asDouble());
        assertEquals("± 1", action.get(0).get("range").asText());
        assertTrue(action.get(0).get("extra").asText().contains("run 20261124-000000"));

        JsonNode bencher = Json.MAPPER.readTree(out.resolve("bencher.json").toFile());
        JsonNode latency = bencher.get(name).get("latency");
        assertEquals(50_000.0, latency.get("value").asDouble(), "nanoseconds");
        assertEquals(49_000.0, latency.get("lower_value").asDouble());
        assertEquals(51_000.0, latency.get("upper_value").asDouble());
        assertEquals(1, bencher.size(), "measured rows only");
    }

    @Test
    void textFromTheSummaryIsEscapedInEveryReport() throws Exception {
        Path results = dir.resolve("results");
        HostileFixtures.copy(HostileFixtures.MARKUP_TEXT, results, "20261124-000000");
        Path out = dir.resolve("report");
        ReportWriter.write(new RunHistory(results).open("20261124-000000"), out, HtmlPage.linkedLibrary("echarts.min.js"));

        String html = Files.readString(out.resolve("report.html"));
        String markdown = Files.readString(out.resolve("report.md"));
        for (String page : List.of(html, markdown)) {
            assertFalse(page.contains("<img"), "no tag from the data: " + page);
            assertFalse(page.contains("<script>document"), "no script from the data");
        }
        assertTrue(html.contains("&lt;img src=x onerror=&quot;document.title="), "shown as text");
        String page = HtmlPage.page("t", "", List.of(new ChartData.Bars("b", "bars", "</script><img src=x>", "ns", List.of(),
                List.of(), List.of())), "");
        assertTrue(page.contains("\\u003c/script\\u003e\\u003cimg src=x\\u003e") && !page.contains("<img"), "chart data escaped");
        assertTrue(markdown.contains("| &lt;img src=x onerror=\"document.title='INJECTED'\"> \\| evil.py | 10 | 3 |"),
                "a file name with a line break and a bar stays in its row: " + markdown);
        assertTrue(markdown.contains("- &lt;script>document.title='INJECTED'&lt;/script> skipped.py: too big\n"), markdown);
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("|")) {
                assertTrue(line.endsWith("|"), "a whole table row on one line: " + line);
            }
        }
    }

    @Test
    void aScalingTableOfOneSizeIsNotDrawn() throws Exception {
        Path out = dir.resolve("report");
        ReportWriter.write(runOfOneScalingSize(), out, HtmlPage.linkedLibrary("echarts.min.js"));
        assertFalse(Files.readString(out.resolve("report.html")).contains("id=\"scaling-fingerprint\""));
        assertFalse(Files.exists(out.resolve("fingerprint-scaling.png")));
        assertFalse(Files.readString(out.resolve("report.md")).contains("fingerprint-scaling.png"));
    }

    @Test
    void aRunDirectoryDrawsNoChartOfOneSize() throws Exception {
        Path out = dir.resolve("rerun");
        oxbench.run.RunDirectory.at(out).write(runOfOneScalingSize().summary(), line -> { });
        assertFalse(Files.exists(out.resolve("fingerprint-scaling.png")), "one size measured: no scaling chart");
        assertFalse(Files.readString(out.resolve("report.md")).contains("fingerprint-scaling.png"));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    /** A recorded run whose scaling table has one size measured: rust@ffm's point at 100 patterns was not. */
    private RunHistory.Run runOfOneScalingSize() throws Exception {
        Path results = dir.resolve("results");
        Path run = ReportFixtures.run(results, "20261124-000000", 0, 1);
        String json = Files.readString(run.resolve("summary.json"));
        Files.writeString(run.resolve("summary.json"), json.replaceFirst("\"score\" : 5.0", "\"score\" : null"));
        return new RunHistory(results).open("20261124-000000");
    }
}
