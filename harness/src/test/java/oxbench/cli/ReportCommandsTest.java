package oxbench.cli;

import static oxbench.cli.Cli.assertOneLineError;
import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import oxbench.TinyDisk;
import oxbench.history.RunHistory;
import oxbench.report.HostileFixtures;
import oxbench.report.ReportFixtures;
import oxbench.report.ConsoleTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench report, bench show and bench dashboard: bad input is one line with exit code 2, and results/ never changes. */
class ReportCommandsTest {
    @TempDir
    Path home;

    private String previousHome;
    private Path results;

    @BeforeEach
    void home() throws Exception {
        previousHome = System.getProperty("oxbench.home");
        System.setProperty("oxbench.home", home.toString());
        results = Files.createDirectories(home.resolve("results"));
    }

    @AfterEach
    void restore() {
        System.setProperty("oxbench.home", previousHome);
    }

    /** Every file under results/ with a digest of its bytes. */
    private Map<String, String> tree() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(results)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(results.relativize(path).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
            }
        }
        return files;
    }

    @Test
    void badRunsAreOneLineErrors() throws Exception {
        assertOneLineError(bench("report", "nope"), "no run 'nope'");
        Files.createDirectories(results.resolve("empty"));
        assertOneLineError(bench("report", results.resolve("empty").toString()), "is not an oxbench run");
        Path cut = ReportFixtures.run(results, "20261124-000001", 1, 1);
        String whole = Files.readString(cut.resolve("summary.json"));
        Files.writeString(cut.resolve("summary.json"), whole.substring(0, whole.length() / 2));
        assertOneLineError(bench("report", "20261124-000001"), "truncated or edited?");
        Files.writeString(cut.resolve("summary.json"), whole.replace("\"status\" : \"ok\"", "\"status\" : null"));
        assertOneLineError(bench("report", "20261124-000001"), "lacks its id or status");
        assertOneLineError(bench("dashboard", "--out", home.resolve("site").toString()), "no readable run under");
    }

    @Test
    void outputInsideResultsIsRefused() throws Exception {
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        assertOneLineError(bench("report", "20261124-000000", "--out", results.resolve("x").toString()),
                "which only `bench run` writes");
        assertOneLineError(bench("dashboard", "--out", results.toString()), "which only `bench run` writes");
        assertEquals(1, tree().size());
    }

    @Test
    void reportAndDashboardLeaveResultsUnchanged() throws Exception {
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        ReportFixtures.run(results, "20261124-000100", 60, 1.5);
        Files.createDirectories(results.resolve("broken"));
        Files.writeString(results.resolve("broken/summary.json"), "{\"run\": {");
        Map<String, String> before = tree();

        Cli.Outcome report = bench("report", "20261124-000000", "--out", home.resolve("r").toString());
        assertEquals(ExitCodes.OK, report.code(), report.err());
        assertTrue(Files.isRegularFile(home.resolve("r/report.html")));
        Cli.Outcome dashboard = bench("dashboard", "--out", home.resolve("site").toString());
        assertEquals(ExitCodes.OK, dashboard.code(), dashboard.err());
        assertTrue(dashboard.err().contains("skipped 1 run(s)"), dashboard.err());
        assertTrue(Files.isRegularFile(home.resolve("site/runs/20261124-000100/report.html")));
        Cli.Outcome show = bench("show", "20261124-000100");
        assertEquals(ExitCodes.OK, show.code(), show.err());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConsoleTable.print(new RunHistory(results).open("20261124-000100").summary(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(printed.toString(StandardCharsets.UTF_8), show.out(), "the tables bench run printed at its end");
        assertTrue(show.out().startsWith("\nRun 20261124-000100 "), show.out());

        assertEquals(before, tree());
    }

    @Test
    void showingABadRunIsAOneLineError() throws Exception {
        assertOneLineError(bench("show", "nope"), "no run 'nope'");
        Files.createDirectories(results.resolve("empty"));
        assertOneLineError(bench("show", results.resolve("empty").toString()), "is not an oxbench run");
    }

    @Test
    void idsReadFromASummaryNeverBecomePathsOutsideTheOutput() throws Exception {
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        HostileFixtures.copy(HostileFixtures.RUN_ID_TRAVERSAL, results, "20261124-000100");
        HostileFixtures.copy(HostileFixtures.STORY_ID_TRAVERSAL, results, "20261124-000200");
        Path users = Files.writeString(home.resolve("report.md"), "the user's own file");

        assertOneLineError(bench("report", results.resolve("20261124-000100").toString()), "run id \"../../..\" is not a safe name");
        assertOneLineError(bench("report", "20261124-000200", "--out", home.resolve("r/a/b").toString()),
                "story id \"../../escaped\" is not a safe name");
        Cli.Outcome dashboard = bench("dashboard", "--out", home.resolve("site").toString());
        assertEquals(ExitCodes.OK, dashboard.code(), dashboard.err());
        assertTrue(dashboard.err().contains("skipped 2 run(s)"), dashboard.err());

        assertEquals("the user's own file", Files.readString(users));
        try (Stream<Path> paths = Files.walk(home)) {
            assertEquals(List.of(users), paths.filter(Files::isRegularFile)
                    .filter(path -> !path.startsWith(home.resolve("site")) && !path.startsWith(results)).toList());
        }
        try (Stream<Path> runs = Files.list(home.resolve("site/runs"))) {
            assertEquals(List.of(home.resolve("site/runs/20261124-000000")), runs.toList());
        }
    }

    @Test
    void nullOrEmptyFindingsStillMakeAReportAndADashboard() throws Exception {
        HostileFixtures.copy(HostileFixtures.NULL_FINDING, results, "20261124-000000");
        Cli.Outcome report = bench("report", "20261124-000000", "--out", home.resolve("r").toString());
        assertEquals(ExitCodes.OK, report.code(), report.err());
        String md = Files.readString(home.resolve("r/report.md"));
        assertTrue(md.contains("### rust@ffm against rust@graalwasm as the input grows: reproduced"), md);
        assertFalse(md.contains("null"), md);
        Cli.Outcome dashboard = bench("dashboard", "--out", home.resolve("site").toString());
        assertEquals(ExitCodes.OK, dashboard.code(), dashboard.err());
        assertTrue(Files.isRegularFile(home.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(home.resolve("site/runs/20261124-000000/report.html")));
    }

    @Test
    void aScoreThatIsNotFiniteIsAOneLineError() throws Exception {
        HostileFixtures.copy(HostileFixtures.SCORE_INFINITY, results, "20261124-000000");
        assertOneLineError(bench("report", "20261124-000000", "--out", home.resolve("r").toString()),
                "/stories/0/implementations/0/score is \"Infinity\", not a finite number");
        assertOneLineError(bench("dashboard", "--out", home.resolve("site").toString()), "no readable run under");
    }

    @Test
    void reportAndDashboardWriteOnlyIntoANewOrEmptyDirectoryOrOneTheyWrote() throws Exception {
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        Path users = Files.createDirectories(home.resolve("notes"));
        Files.writeString(users.resolve("report.md"), "my own report");
        Files.writeString(users.resolve("index.html"), "my own page");

        assertOneLineError(bench("report", "20261124-000000", "--out", users.toString()),
                "holds files that bench report did not write (no .oxbench-report)");
        assertOneLineError(bench("dashboard", "--out", users.toString()),
                "holds files that bench dashboard did not write (no .oxbench-dashboard.json)");
        assertEquals("my own report", Files.readString(users.resolve("report.md")));
        assertEquals("my own page", Files.readString(users.resolve("index.html")));
        try (Stream<Path> files = Files.list(users)) {
            assertEquals(2, files.count(), "nothing was added either");
        }

        Path report = home.resolve("r");
        for (int time = 0; time < 2; time++) {
            Cli.Outcome written = bench("report", "20261124-000000", "--out", report.toString());
            assertEquals(ExitCodes.OK, written.code(), "a report directory it wrote before is rewritten: " + written.err());
        }
        assertTrue(Files.isRegularFile(report.resolve(".oxbench-report")));
        Path site = Files.createDirectories(home.resolve("site"));
        for (int time = 0; time < 2; time++) {
            Cli.Outcome written = bench("dashboard", "--out", site.toString());
            assertEquals(ExitCodes.OK, written.code(), "an empty directory, then its own: " + written.err());
        }
        assertOneLineError(bench("dashboard", "--out", report.toString()), "holds files that bench dashboard did not write");
    }

    @Test
    void aFullDiskIsAOneLineErrorAndLeavesNoHalfWrittenFile() throws Exception {
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        Path disk = Files.createDirectories(home.resolve("disk"));
        try (TinyDisk tiny = TinyDisk.mount(disk)) {
            // 64 KiB: the markers fit, the charting library (inlined in report.html, beside the dashboard) does not.
            assertOneLineError(bench("report", "20261124-000000", "--out", disk.resolve("r").toString()),
                    "could not write " + disk.resolve("r/report.html") + ": No space left on device");
            assertOneLineError(bench("dashboard", "--out", disk.resolve("site").toString()),
                    "could not write " + disk.resolve("site/echarts.min.js") + ": No space left on device");
            try (Stream<Path> files = Files.walk(disk)) {
                List<String> names = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
                assertTrue(names.stream().noneMatch(name -> name.endsWith(".tmp")), "no temporary file left: " + names);
                assertFalse(names.contains("report.html") || names.contains("echarts.min.js"), "no half file: " + names);
            }
        }
    }

    @Test
    void anUnwritableReportFileIsAOneLineError() throws Exception {
        ReportFixtures.run(results, "20261124-000000", 0, 1);
        Path report = home.resolve("r");
        assertEquals(ExitCodes.OK, bench("report", "20261124-000000", "--out", report.toString()).code());
        // report.html made a directory: no rename can replace it, root or not.
        Files.delete(report.resolve("report.html"));
        Files.createDirectories(report.resolve("report.html/inside"));
        assertOneLineError(bench("report", "20261124-000000", "--out", report.toString()),
                "could not write " + report.resolve("report.html"));
        Path site = home.resolve("site");
        assertEquals(ExitCodes.OK, bench("dashboard", "--out", site.toString()).code());
        Files.delete(site.resolve("index.html"));
        Files.createDirectories(site.resolve("index.html/inside"));
        assertOneLineError(bench("dashboard", "--out", site.toString()), "could not write " + site.resolve("index.html"));
    }
}
