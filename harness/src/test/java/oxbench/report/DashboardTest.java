package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import oxbench.history.RunHistory;
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
        assertTrue(index.contains("id=\"trend-0\""), "a trend chart for rust@ffm");
        assertFalse(index.contains("id=\"trend-1\""), "none for rust@graalwasm, never measured");
        assertTrue(index.contains("run 20261124-000200 (git abc): regression against run 20261124-000100"), index);
        assertFalse(index.contains("regression against run 20261124-000000"), "1% slower within the intervals is no regression");
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

    @Test
    void aHundredRunsMakeOneDashboard() throws Exception {
        Path results = dir.resolve("results");
        for (int i = 0; i < 100; i++) {
            ReportFixtures.run(results, String.format("20261124-%06d", i), i, 1);
        }
        List<RunHistory.Run> runs = new RunHistory(results).all();
        assertEquals(100, runs.size());
        Dashboard.write(runs, List.of(), dir.resolve("site"));
        try (var reports = Files.list(dir.resolve("site/runs"))) {
            assertEquals(100, reports.count());
        }
    }
}
