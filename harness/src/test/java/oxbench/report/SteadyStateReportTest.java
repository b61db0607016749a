package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import oxbench.results.SummaryJsonTest;
import oxbench.summary.Status;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.StoryResult;
import org.junit.jupiter.api.Test;

/** Every report shows each row's steady-state class, what its forks ran, and the rows that are not steady or missed their target. */
class SteadyStateReportTest {
    private static final Summary.Plan ADAPTIVE = new Summary.Plan(2, 30, 1, 60, 1, "adaptive", 0.02, 4);

    private static Summary.ForkState fork(String steadyClass, int steadyFrom, int measuredFrom, int iterations, String stopped) {
        return new Summary.ForkState(steadyClass, steadyFrom == 0 ? List.of() : List.of(steadyFrom), steadyFrom, measuredFrom,
                iterations, measuredFrom == 30 ? "capped" : "steady", stopped);
    }

    private static ImplementationResult row(String impl, double score, double error, Summary.SteadyState state) {
        return ImplementationResult.of(impl, "js", "GraalJS").score(score, error, score - error, score + error).unit("us/call")
                .settling(state.steady(), 0.0, 20).plan(ADAPTIVE).steadyState(state).build();
    }

    static Summary summary() {
        ImplementationResult flat = row("rust@ffm", 10, 0.1, new Summary.SteadyState("flat", true,
                List.of(fork("flat", 0, 3, 13, "target"), fork("flat", 0, 3, 14, "target")), 0.02, true));
        ImplementationResult none = row("js@graaljs", 5800, 354, new Summary.SteadyState("no-steady-state", true,
                List.of(fork("no-steady-state", 40, 30, 90, "capped")), 0.02, false));
        ImplementationResult inconsistent = row("python@graalpy", 1000, 10, new Summary.SteadyState("warmup", false,
                List.of(fork("flat", 0, 5, 25, "target"), fork("warmup", 9, 5, 27, "target")), 0.02, true));
        ImplementationResult failed = ImplementationResult.of("rust@graalwasm", "rust", "wasm").status(Status.FAILED, "boom")
                .unit("us/call").build();
        Summary sample = SummaryJsonTest.sample();
        Summary.RunInfo s = sample.run();
        Summary.RunInfo run = new Summary.RunInfo(s.id(), "full", s.jit(), s.runtime(), s.engine(), s.git(), s.jdk(), s.graalvm(),
                s.jmh(), s.oxbench(), s.rustc(), s.cpu(), s.cores(), s.os(), s.host(), s.started(), s.finished(), true, s.args(),
                ADAPTIVE);
        return new Summary(run, List.of(new StoryResult("s", "a story", "python@graalpy", "us/call", Map.of("n", 1), ADAPTIVE,
                List.of(flat, none, inconsistent, failed), List.of(), List.of(), null)));
    }

    @Test
    void theResultsTableHasEachRowsClassAndTheHalfWidthOfARowThatMissedItsTarget() {
        StoryResult story = summary().stories().getFirst();
        List<String> header = Tables.resultHeader(story);
        assertEquals("steady state", header.get(4), header.toString());
        List<List<String>> rows = Tables.results(story);
        assertEquals(List.of("flat", "no steady state", "warmup, inconsistent", "-"), rows.stream().map(row -> row.get(4)).toList());
        assertEquals("6.1% (target 2%)", rows.get(1).get(3));
        assertEquals("1.0%", rows.get(0).get(3));
    }

    @Test
    void theLinesUnderTheTableNameTheRowsThatAreNotSteadyInconsistentOrShortOfTheirTarget() {
        assertEquals(List.of(
                "js@graaljs has no steady state: its number is not a steady score (forks: no steady state (changes at iteration 40))",
                "js@graaljs did not reach 2%: ±6.1% (measuring ended: capped)",
                "python@graalpy is inconsistent: its forks disagree (flat, warmup from iteration 9)"),
                Tables.steadiness(summary().stories().getFirst()));
    }

    @Test
    void whatTheForksRanIsPrintedFromTheResultsWithThePolicyAndTarget() {
        StoryResult story = summary().stories().getFirst();
        assertEquals(List.of(
                List.of("rust@ffm", "2", "3, 3 (steady)", "10, 11 (target)", "10, 11"),
                List.of("js@graaljs", "1", "30 (capped)", "60 (capped)", "50"),
                List.of("python@graalpy", "2", "5, 5 (steady)", "20, 22 (target)", "20, 18")), Tables.forks(story));
        String measuredWith = Tables.measuredWith(story);
        assertTrue(measuredWith.startsWith("Measured with adaptive, 2 to 4 forks, each warmed up until steady (at most 30 x 1 s)"
                + " and measured until ±2% (at most 60 x 1 s)."), measuredWith);
        assertFalse(measuredWith.contains("fork(s) of"), measuredWith);
    }

    @Test
    void theMarkdownHtmlAndConsoleReportsShowTheClassesTheWarningsAndTheForks() {
        Summary summary = summary();
        String markdown = MarkdownReport.render(summary);
        String html = HtmlReport.render(summary, "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleTable.print(summary, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String console = bytes.toString(StandardCharsets.UTF_8);
        List<String> expected = List.of("steady state", "no steady state", "warmup, inconsistent",
                "js@graaljs has no steady state: its number is not a steady score", "js@graaljs did not reach 2%: ±6.1%",
                "20, 22 (target)");
        for (String report : List.of(markdown, html, console)) {
            expected.forEach(text -> assertTrue(report.contains(text), text + " in " + report));
        }
        assertTrue(markdown.contains("| mode | full (default plan: adaptive, 2 to 4 forks"), markdown);
    }

    @Test
    void aRunFromBeforeIssue18ReadsAsBefore() {
        Summary old = SummaryJsonTest.sample();
        StoryResult story = old.stories().getFirst();
        assertFalse(Tables.resultHeader(story).contains("steady state"));
        assertEquals(List.of(), Tables.steadiness(story));
        assertEquals(List.of(), Tables.forks(story));
        assertEquals("Measured with 1 fork(s) of 8 x 0.5 s warm-up and 5 x 0.5 s measured; rust@graalwasm with 2 fork(s) of"
                + " 3 x 0.5 s warm-up and 3 x 0.5 s measured.", Tables.measuredWith(story));
        assertTrue(Tables.scaling(story).getFirst().get(2).endsWith("(unsettled)"), Tables.scaling(story).toString());
    }

    @Test
    void aScalingPointThatIsNotSteadySaysSoBesideItsNumber() {
        Summary sample = SummaryJsonTest.sample();
        StoryResult story = sample.stories().getFirst();
        Summary.SteadyState none = new Summary.SteadyState("no-steady-state", true,
                List.of(fork("no-steady-state", 12, 5, 20, "fixed")), null, null);
        Summary.Scaling scaling = new Summary.Scaling("patterns", 1000, List.of(100, 1000), story.plan(), 0.5, List.of(
                new Summary.ScalingPoint("rust@ffm", 100, Status.OK, 5.0, 0.1, 4.9, 5.1, null, false, none),
                new Summary.ScalingPoint("rust@ffm", 1000, Status.OK, 50.0, 1.0, 49.0, 51.0, null, true)));
        StoryResult withPoint = new StoryResult(story.story(), story.title(), story.baseline(), story.unit(), story.input(),
                story.plan(), story.implementations(), story.claims(), story.comparisons(), scaling);
        assertEquals("5.000 us ±2.0%, no steady state", Tables.scaling(withPoint).getFirst().get(1));
        assertTrue(Tables.steadiness(withPoint).contains("rust@ffm at 100 patterns has no steady state: its number is not a"
                + " steady score (forks: no steady state (changes at iteration 12))"), Tables.steadiness(withPoint).toString());
    }

    @Test
    void theDashboardShowsTheClassOfARowThatIsNotSteadyBesideItsTime() {
        RunDigest.Row none = new RunDigest.Row("js@graaljs", "ok", "jit", 5800.0, 354.0, 5446.0, 6154.0, null, "no-steady-state",
                true);
        RunDigest.Row flat = new RunDigest.Row("rust@ffm", "ok", "jit", 10.0, 0.1, 9.9, 10.1, null, "flat", true);
        RunDigest run = new RunDigest("20261124-000000", "2026-11-24T00:00:00Z", "abc", "full", "jit", true,
                List.of(new RunDigest.StoryDigest("s", "us/call", "1a2b3c4d", List.of(none, flat))));
        Dashboard.Page page = Dashboard.render(List.of(run), List.of());
        assertTrue(page.html().contains("<td>5.800 ms ±6.1%, no steady state</td>"), page.html());
        assertTrue(page.html().contains("<td>10.000 us ±1.0%</td>"), page.html());
        assertTrue(page.data().get("s.js").contains("no steady state"), page.data().toString());
    }

    @Test
    void theDashboardsDigestOfARowCarriesItsClass() {
        Summary summary = summary();
        RunDigest.Row row = RunDigest.of(new oxbench.history.RunHistory.Run(java.nio.file.Path.of("r"), summary))
                .stories().getFirst().implementations().get(2);
        assertEquals("warmup", row.steadyClass());
        assertEquals(false, row.consistent());
    }
}
