package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import oxbench.history.RunHistory;
import oxbench.results.InputDigest;
import oxbench.results.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardTest {
    @TempDir
    Path dir;

    @Test
    void trendsOfSeveralRunsMarkTheRegressionAndLinkEveryRun() throws Exception {
        Path results = dir.resolve("results");
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        ReportFixtures.run(results, "20261124-000100", 60, 1.01);   // within the intervals: no change
        ReportFixtures.run(results, "20261124-000200", 120, 1.5);   // intervals apart and 50% slower
        List<String> unreadable = new ArrayList<>();
        List<RunHistory.Run> runs = new RunHistory(results).scan(unreadable);
        Path out = dir.resolve("site");
        Dashboard.write(runs, unreadable, out);

        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<div class=\"trends\" data-charts=\"data/fingerprint.js\">\n<div class=\"trend\" id=\"trend-0\">"),
                "a trend chart for rust@ffm, its data loaded from a file: " + index);
        assertFalse(index.contains("id=\"trend-1\""), "none for rust@graalwasm, never measured");
        String data = Files.readString(out.resolve("data/fingerprint.js"));
        assertTrue(data.startsWith("oxbenchCharts.add([{\"id\":\"trend-0\",\"kind\":\"trend\""), data);
        assertTrue(data.contains("run 20261124-000200 (git abc): regression against run 20261124-000100"), data);
        assertFalse(data.contains("regression against run 20261124-000000"), "1% slower within the intervals is no regression");
        // On a time axis: x is the run's start time.
        assertTrue(data.contains("{\"x\":" + Instant.parse("2026-11-24T02:00:00Z").toEpochMilli() + ",\"run\":\"20261124-000200\""),
                data);
        assertFalse(index.contains("regression against"), "no chart data in the index");
        assertTrue(index.contains("<td>20261124-000100</td><td>50.500 us ±2.0%</td><td>75.000 us ±2.0%</td><td>+48.5%</td>"
                + "<td class=\"regression\">regression</td>"), "the latest run against the previous one");
        assertTrue(index.contains("<script src=\"echarts.min.js\"></script>"));
        assertEquals(ChartLibrary.library(), Files.readString(out.resolve("echarts.min.js")));
        for (RunHistory.Run run : runs) {
            assertTrue(index.contains("\"runs/" + run.id() + "/report.html\""), "linked " + run.id());
            assertTrue(Files.readString(out.resolve("runs/" + run.id() + "/report.html"))
                    .contains("<script src=\"../../echarts.min.js\"></script>"));
        }
    }

    /** {@code count} runs, a minute apart. */
    private List<RunHistory.Run> history(int count) throws Exception {
        Path results = dir.resolve("results");
        for (int i = 0; i < count; i++) {
            ReportFixtures.run(results, String.format("20261124-%06d", i), i, 1);
        }
        return new RunHistory(results).all();
    }

    @Test
    void aHundredRunsMakeOneDashboard() throws Exception {
        List<RunHistory.Run> runs = history(100);
        assertEquals(100, runs.size());
        Dashboard.write(runs, List.of(), dir.resolve("site"));
        try (var reports = Files.list(dir.resolve("site/runs"))) {
            assertEquals(100, reports.count());
        }
    }

    /** Every file of the site with its last-modified time. */
    private static Map<String, FileTime> files(Path site) throws Exception {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(path).toString(), Files.getLastModifiedTime(path));
            }
        }
        return files;
    }

    @Test
    void aRunsPagesAreDrawnOnceAndAgainOnlyWhenItsSummaryOrTheDrawingCodeChanges() throws Exception {
        Path results = dir.resolve("results");
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        Path second = ReportFixtures.run(results, "20261124-000100", 60, 1.5);
        Path out = dir.resolve("site");
        assertEquals(new Dashboard.Written(2, 2, 0, List.of(), 0), Dashboard.write(new RunHistory(results).all(), List.of(), out));
        assertTrue(Files.readString(out.resolve(Dashboard.MANIFEST)).contains("\"20261124-000100\""));

        // Backdate every file so that a rewrite, even within the same second, shows.
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (String file : files(out).keySet()) {
            Files.setLastModifiedTime(out.resolve(file), old);
        }
        ReportFixtures.run(results, "20261124-000200", 120, 1);
        assertEquals(new Dashboard.Written(3, 1, 0, List.of(), 0), Dashboard.write(new RunHistory(results).all(), List.of(), out));
        Map<String, FileTime> after = files(out);
        assertEquals(old, after.get("runs/20261124-000000/report.html"), "an unchanged run is not drawn again");
        assertEquals(old, after.get("runs/20261124-000100/report.md"));
        assertEquals(old, after.get(Dashboard.LIBRARY));
        assertTrue(after.containsKey("runs/20261124-000200/report.html"), "the new run is drawn");
        assertTrue(after.get("index.html").compareTo(old) > 0, "the index shows the new run");

        Files.writeString(second.resolve("summary.json"), Files.readString(second.resolve("summary.json")).replace("\"abc\"", "\"def\""));
        assertEquals(new Dashboard.Written(3, 1, 0, List.of(), 0), Dashboard.write(new RunHistory(results).all(), List.of(), out));
        assertTrue(Files.readString(out.resolve("runs/20261124-000100/report.md")).contains("def"), "an edited run is drawn again");

        String manifest = Files.readString(out.resolve(Dashboard.MANIFEST));
        Files.writeString(out.resolve(Dashboard.MANIFEST), manifest.replace(Dashboard.drawnBy(), "0.0.1+older"));
        assertEquals(new Dashboard.Written(3, 3, 0, List.of(), 0), Dashboard.write(new RunHistory(results).all(), List.of(), out),
                "pages drawn by other code are drawn again");

        deleteTree(results.resolve("20261124-000000"));
        assertEquals(new Dashboard.Written(2, 0, 1, List.of(), 0), Dashboard.write(new RunHistory(results).all(), List.of(), out));
        assertFalse(Files.exists(out.resolve("runs/20261124-000000")), "a run gone from the history is gone from the site");
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void aThousandRunsKeepTheIndexSmallAndTheirDataInAFilePerStory() throws Exception {
        List<RunHistory.Run> runs = history(1000);
        Dashboard.Page page = Dashboard.render(runs.stream().map(RunDigest::of).toList(), List.of());
        assertTrue(page.html().length() < 2_000_000, "index.html: " + page.html().length() + " characters");
        assertFalse(page.html().contains("\"value\""), "no measurement in the index itself");
        assertEquals(List.of("fingerprint.js"), List.copyOf(page.data().keySet()));
        assertEquals(1000, page.data().get("fingerprint.js").split("\"run\":").length - 1, "every run in the story's data");
    }

    @Test
    void aRunWhoseReportCannotBeDrawnCostsOnlyItsOwnPages() throws Exception {
        Path results = dir.resolve("results");
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        ReportFixtures.run(results, "20261124-000100", 60, 1);
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("runs"));
        Files.writeString(out.resolve("runs/20261124-000000"), "a file where the run's directory goes");
        Dashboard.Written written = Dashboard.write(new RunHistory(results).all(), List.of(), out);
        assertEquals(1, written.redrawn());
        assertEquals(1, written.undrawn().size(), written.toString());
        assertTrue(written.undrawn().getFirst().startsWith("run 20261124-000000: its report could not be drawn: "));
        assertTrue(Files.readString(out.resolve("index.html")).contains("its report could not be drawn"), "listed on the index");
        assertFalse(Files.readString(out.resolve(Dashboard.MANIFEST)).contains("\"20261124-000000\""), "tried again next time");
    }

    @Test
    void aCopiedRunWithTheIdOfAnotherIsSkippedNotDrawnOverIt() throws Exception {
        Path results = dir.resolve("results");
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        Path copy = ReportFixtures.run(results, "20261124-000100", 60, 2);
        Files.writeString(copy.resolve("summary.json"), Files.readString(copy.resolve("summary.json"))
                .replace("\"20261124-000100\"", "\"20261124-000000\""));
        Path out = dir.resolve("site");
        Dashboard.Written written = Dashboard.write(new RunHistory(results), out);
        assertEquals(new Dashboard.Written(1, 1, 0, List.of(), 1), written);
        assertTrue(Files.readString(out.resolve("index.html"))
                .contains("20261124-000100: run id 20261124-000000 is also the id of the run in 20261124-000000 (a copied run?)"));
        assertTrue(Files.readString(out.resolve("runs/20261124-000000/report.md")).contains("| rust@ffm | native | 50.000 us"),
                "the first run's report, not the copy's");
    }

    @Test
    void aScoreBelowResolutionIsShownFlaggedButNeverDividedByOrCompared() throws Exception {
        Path results = dir.resolve("results");
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        ReportFixtures.run(results, "20261124-000100", 60, 1);
        // Intervals apart and 50% slower: a regression, were the score not below resolution.
        ReportFixtures.belowResolution(ReportFixtures.run(results, "20261124-000200", 120, 1.5), "rust@ffm");
        Path out = dir.resolve("site");
        Dashboard.write(new RunHistory(results).all(), List.of(), out);

        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<td>20261124-000100</td><td>50.000 us ±2.0%</td><td>75.000 us [below resolution]</td>"
                + "<td>-</td><td>no ratio: below resolution (one timed invocation takes 12.0 ns"), index);
        assertFalse(index.contains("+50.0%"), "no ratio with a score that measures nothing");
        assertFalse(index.contains("class=\"regression\">regression</td>"), index);
        String data = Files.readString(out.resolve("data/fingerprint.js"));
        assertFalse(data.contains("regression against"), data);
        assertTrue(data.contains("run 20261124-000200 (git abc): below resolution, measures nothing"), "the point is flagged: " + data);

        // Nor is a flagged score the divisor of the run after it.
        ReportFixtures.run(results, "20261124-000300", 180, 3);
        Dashboard.write(new RunHistory(results).all(), List.of(), out);
        index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<td>20261124-000200</td><td>75.000 us [below resolution]</td><td>150.000 us ±2.0%</td>"
                + "<td>-</td><td>no ratio: the previous score is below resolution ("), index);
        assertFalse(Files.readString(out.resolve("data/fingerprint.js")).contains("regression against run 20261124-000200"));
    }

    @Test
    void theDigestCarriesTheFlagAndTheInputDigestOfTheExports() throws Exception {
        Path results = dir.resolve("results");
        ReportFixtures.belowResolution(ReportFixtures.run(results, "20261124-000000", 0, 1), "rust@ffm");
        RunHistory.Run run = new RunHistory(results).open("20261124-000000");
        RunDigest.StoryDigest story = RunDigest.of(run).stories().getFirst();
        assertEquals(InputDigest.of(run.summary().stories().getFirst().input()), story.input(),
                "the series key the exports and JMH params use");
        RunDigest.Row ffm = story.implementations().stream().filter(row -> row.impl().equals("rust@ffm")).findFirst().orElseThrow();
        assertTrue(ffm.flagged());
        assertEquals("one timed invocation takes 12.0 ns, below the timer's resolution (30.0 ns)", ffm.belowResolution());

        Dashboard.write(List.of(run), List.of(), dir.resolve("site"));
        assertTrue(Files.readString(dir.resolve("site/data/fingerprint.js")).contains(", input " + story.input() + "\""));
    }

    @Test
    void aManifestEntryThatFailsTheChecksOfASummaryIsReadAgainFromResults() throws Exception {
        Path results = dir.resolve("results");
        for (int i = 0; i < 4; i++) {
            ReportFixtures.run(results, String.format("20261124-%06d", i), i, 1);
        }
        Path out = dir.resolve("site");
        Dashboard.write(new RunHistory(results).all(), List.of(), out);
        ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(out.resolve(Dashboard.MANIFEST).toFile());
        ObjectNode runs = (ObjectNode) manifest.get("runs");
        ((ObjectNode) runs.get("20261124-000000").get("run").get("stories").get(0)).put("story", "../../escaped");
        ((ObjectNode) runs.get("20261124-000001").get("run")).put("started", "yesterday");
        ((ObjectNode) runs.get("20261124-000002")).putNull("summary");
        ((ObjectNode) runs.get("20261124-000003").get("run")).put("id", "../../..");
        Json.MAPPER.writeValue(out.resolve(Dashboard.MANIFEST).toFile(), manifest);

        assertEquals(new Dashboard.Written(4, 4, 0, List.of(), 0), Dashboard.write(new RunHistory(results).all(), List.of(), out),
                "each bad entry a cache miss: its run read and drawn again");
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(out) && !file.startsWith(results)).toList(), "nothing outside --out");
        }
        assertTrue(Files.isRegularFile(out.resolve("data/fingerprint.js")));
        String rewritten = Files.readString(out.resolve(Dashboard.MANIFEST));
        assertFalse(rewritten.contains("escaped") || rewritten.contains("yesterday") || rewritten.contains("../"), rewritten);
    }
}
