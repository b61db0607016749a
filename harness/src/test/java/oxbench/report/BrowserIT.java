package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import oxbench.summary.Summary;
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
    private static final Pattern TOOLTIPS = Pattern.compile("<pre id=\"tooltips\">([0-9]+) (-?[0-9]+)</pre>");

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
        assertTrue(Files.readString(site.resolve("index.html")).contains("data-charts=\"data/fingerprint.js\""),
                "the trend's data came from its own file");
        assertRendered(site.resolve("runs/20261124-000000/report.html"), 2, "dashboard-run");
        assertRendered(report.resolve("report.html"), 2, "report");
    }

    /**
     * Crafted text in every free field (HostileFixtures.MARKUP_TEXT): the pages show it as text, with a
     * tooltip opened on every chart; no payload may run, and no element may come from the data.
     */
    @Test
    void markupFromTheDataNeverRunsInTheDashboardOrAReport() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (./bench test installs Debian's chromium)");
        Path results = dir.resolve("results");
        HostileFixtures.copy(HostileFixtures.MARKUP_TEXT, results, "20261124-000000");
        Path second = HostileFixtures.copy(HostileFixtures.MARKUP_TEXT, results, "20261124-000100");
        Files.writeString(second.resolve("summary.json"), Files.readString(second.resolve("summary.json"))
                .replace("20261124-000000", "20261124-000100").replace("2026-11-24T00:00:00Z", "2026-11-24T01:00:00Z"));
        List<String> unreadable = new ArrayList<>();
        Path site = dir.resolve("site");
        Dashboard.write(new RunHistory(results).scan(unreadable), unreadable, site);
        Path report = dir.resolve("report");
        ReportWriter.write(new RunHistory(results).open("20261124-000100"), report, HtmlPage.inlineLibrary());
        // A story id with markup is refused when read (RunHistoryTest); drawn anyway, the page still escapes it.
        Path unchecked = dir.resolve("unchecked.html");
        try (var in = HostileFixtures.class.getResourceAsStream("/hostile/" + HostileFixtures.STORY_ID_MARKUP + "/summary.json")) {
            Files.writeString(unchecked, HtmlReport.render(Json.MAPPER.readValue(in, Summary.class), HtmlPage.inlineLibrary()));
        }

        for (Path page : List.of(site.resolve("index.html"), site.resolve("runs/20261124-000000/report.html"),
                report.resolve("report.html"), unchecked)) {
            String dom = chromium("--dump-dom", withTooltips(page));
            assertFalse(dom.contains("<title>" + HostileFixtures.INJECTED), "a payload ran in " + page);
            Matcher shown = TOOLTIPS.matcher(dom);
            assertTrue(shown.find(), "the tooltip script ran: " + page);
            assertTrue(Integer.parseInt(shown.group(1)) > 0, "tooltips shown on " + page);
            assertEquals("0", shown.group(2), "elements made from the data (img, script in the body) in " + page);
            JsonNode check = check(dom, page);
            assertEquals(0, check.get("errors").size(), "errors: " + check.get("errors"));
        }
    }

    /**
     * A copy of {@code page} that opens the tooltip of the first point of every series once its charts are
     * drawn, then writes into #tooltips how many it opened and how many img or script elements the body holds.
     */
    private static Path withTooltips(Path page) throws Exception {
        String script = """
                <script>
                setTimeout(function () {
                  var shown = 0;
                  document.querySelectorAll('.chart, .trend').forEach(function (element) {
                    var chart = echarts.getInstanceByDom(element);
                    if (!chart) { return; }
                    chart.getOption().series.forEach(function (series, i) {
                      chart.dispatchAction({ type: 'showTip', seriesIndex: i, dataIndex: 0 });
                      shown++;
                    });
                  });
                  setTimeout(function () {
                    var made = document.body.querySelectorAll('img, script:not([src]):not([type])').length - 2;
                    var out = document.createElement('pre');
                    out.id = 'tooltips';
                    out.textContent = shown + ' ' + made;
                    document.body.appendChild(out);
                  }, 500);
                }, 1500);
                </script>
                """;
        Path copy = page.resolveSibling("tooltips-" + page.getFileName());
        String html = Files.readString(page);
        int end = html.lastIndexOf("</body>");   // the inlined library holds the string too
        Files.writeString(copy, html.substring(0, end) + script + html.substring(end));
        return copy;
    }

    private static JsonNode check(String dom, Path page) throws Exception {
        Matcher matcher = CHECK.matcher(dom);
        assertTrue(matcher.find(), "the page script ran and wrote its check: " + page);
        return Json.MAPPER.readTree(matcher.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
    }

    private void assertRendered(Path page, int charts, String name) throws Exception {
        String dom = chromium("--dump-dom", page);
        JsonNode check = check(dom, page);
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
