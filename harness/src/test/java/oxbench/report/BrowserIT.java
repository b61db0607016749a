package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oxbench.history.RunHistory;
import oxbench.results.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the dashboard and a report in headless Chromium: no error may be recorded (the pages log
 * every error and console error into #oxbench-check), every chart must have drawn a canvas, and a
 * 1280x800 screenshot of each is kept under target/screenshots/.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern CHECK = Pattern.compile("<pre id=\"oxbench-check\">([^<]*)</pre>");

    @TempDir
    Path dir;

    @Test
    void theDashboardAndAReportRenderEveryChartWithoutErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (./bench test installs Debian's chromium)");
        Path results = dir.resolve("results");
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        ReportFixtures.run(results, "20261124-000100", 60, 1.5);
        List<String> unreadable = new ArrayList<>();
        Path site = dir.resolve("site");
        Dashboard.write(new RunHistory(results).scan(unreadable), unreadable, site);
        Path report = dir.resolve("report");
        ReportWriter.write(new RunHistory(results).open("20261124-000100"), report, HtmlPage.inlineLibrary());

        assertRendered(site.resolve("index.html"), 1, "dashboard");
        assertRendered(site.resolve("runs/20261124-000000/report.html"), 2, "dashboard-run");
        assertRendered(report.resolve("report.html"), 2, "report");
    }

    private void assertRendered(Path page, int charts, String name) throws Exception {
        String dom = chromium("--dump-dom", page);
        Matcher matcher = CHECK.matcher(dom);
        assertTrue(matcher.find(), "the page script ran and wrote its check: " + page);
        JsonNode check = Json.MAPPER.readTree(matcher.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
        assertEquals(0, check.get("errors").size(), "errors: " + check.get("errors"));
        assertEquals(charts, check.get("charts").size(), "charts drawn: " + check.get("charts"));
        for (JsonNode chart : check.get("charts")) {
            assertTrue(chart.get("width").asInt() > 0 && chart.get("height").asInt() > 0, "a canvas with a size: " + chart);
            assertTrue(chart.get("series").asInt() > 0, "series drawn: " + chart);
        }
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Path png = screenshots.resolve(name + ".png").toAbsolutePath();
        chromium("--screenshot=" + png, page);
        assertTrue(Files.size(png) > 10_000, "a screenshot: " + png);
    }

    private String chromium(String action, Path page) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        Process process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,800", "--virtual-time-budget=5000", action,
                page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "chromium exit code");
        return out;
    }
}
