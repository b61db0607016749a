package oxbench.report;

import oxbench.results.Format;
import oxbench.results.Json;
import oxbench.results.SummaryJsonTest;

import oxbench.report.MarkdownReport;

import oxbench.report.Tables;

import oxbench.summary.Summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import oxbench.claims.ClaimResults;
import oxbench.claims.SpeedupClaim;
import oxbench.story.StoryEvidence;
import oxbench.summary.ClaimResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.StoryResult;
import org.junit.jupiter.api.Test;

/** Rows timed by an external driver are labelled as such, and claims say which setting the guide's numbers belong to. */
class ExternalRowsReportTest {
    private static final Summary.Plan PLAN = new Summary.Plan(1, 2, 1, 5, 1);

    private static ImplementationResult row(String impl, double score, String methodology) {
        return ImplementationResult.of(impl, "python", impl.endsWith("@cpython") ? "CPython 3.11.7, separate process (python3)" : "GraalPy")
                .score(score, 1.0, score - 1, score + 1).unit("us/file").digest("d").settling(true, 0.0, 5).plan(PLAN)
                .baseline("python@graalpy").methodology(methodology).build();
    }

    private static SpeedupClaim against(String baseline) {
        return new SpeedupClaim(baseline, "rust@ffm", 100, "200 ms", "2 ms", "file", "guide");
    }

    /** The claims against {@code baselines}, each checked with all of them, as a run checks them. */
    private List<ClaimResult> claims(String... baselines) {
        List<oxbench.story.Claim<?>> checked = java.util.Arrays.stream(baselines).<oxbench.story.Claim<?>>map(
                ExternalRowsReportTest::against).toList();
        StoryEvidence evidence = new StoryEvidence("us/file", 1, rows, null, checked);
        return checked.stream().map(claim -> ClaimResults.judge(claim, evidence)).toList();
    }

    private static StoryResult story(List<ImplementationResult> rows, List<ClaimResult> claims) {
        return new StoryResult("fingerprint", "t", "python@graalpy", "us/file", Map.of(), PLAN, rows, claims, List.of(), null);
    }

    private final List<ImplementationResult> rows = List.of(
            row("python@graalpy", 5000, ImplementationResult.JMH),
            row("rust@ffm", 100, ImplementationResult.JMH),
            row("python@cpython", 20000, ImplementationResult.EXTERNAL));

    @Test
    void aStoryWithExternalRowsSaysHowEachRowWasTimed() {
        StoryResult story = story(rows, List.of());
        assertEquals("timed by", Tables.resultHeader(story).get(2));
        assertEquals(List.of("JMH in-process", "JMH in-process", "external driver"),
                Tables.results(story).stream().map(row -> row.get(2)).toList());
        assertTrue(Tables.scoresSentence(story).contains("Student's t over every measured iteration"), Tables.scoresSentence(story));
        String report = MarkdownReport.render(new Summary(SummaryJsonTest.sample().run(), List.of(story)));
        assertTrue(report.contains("| python@cpython | CPython 3.11.7, separate process (python3) | external driver | 20.000 ms |"), report);
    }

    @Test
    void aStoryTimedInProcessOnlyKeepsItsTable() {
        StoryResult story = story(rows.subList(0, 2), List.of());
        assertEquals("time per file", Tables.resultHeader(story).get(2));
        assertTrue(Tables.scoresSentence(story).startsWith("Scores are JMH averages per file"), Tables.scoresSentence(story));
    }

    @Test
    void claimsAgainstBothSettingsNameTheGuidesSetting() {
        String setting = "The guide's times were taken in its own setting, the prototype on its usual runtime: the claims against"
                + " python@cpython (a separate process) are checked in that setting; those against python@graalpy ask the same"
                + " question of the prototype in oxbench's process, on GraalVM with its JIT.";
        StoryResult both = story(rows, claims("python@graalpy", "python@cpython"));
        assertEquals(List.of(setting), Tables.claimTables(both).getFirst().footnotes(), "said once, under the claims");
        assertTrue(MarkdownReport.render(new Summary(SummaryJsonTest.sample().run(), List.of(both))).contains(setting));
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        ConsoleTable.print(new Summary(SummaryJsonTest.sample().run(), List.of(both)), new java.io.PrintStream(console, true,
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(console.toString(java.nio.charset.StandardCharsets.UTF_8).contains("  " + setting), "and in bench show");
        assertEquals(List.of(), Tables.claimTables(story(rows, claims("python@graalpy"))).getFirst().footnotes(),
                "one setting: nothing to tell apart");
        assertEquals(List.of(), Tables.claimTables(story(rows, claims("python@cpython"))).getFirst().footnotes(),
                "every baseline outside the JVM: nothing to tell apart either");
    }

    @Test
    void aRuntimeComparisonThatFindsSideAFasterSharesTheSlowerSidesTime() {
        // CPython (A) took 9.5 ms and GraalPy (B) 12.6 ms: ratio 0.754, 3.1 ms less.
        Summary.ComparisonResult faster = new Summary.ComparisonResult("CPython against GraalPy", "python@cpython",
                "python@graalpy", 0.754, 0.751, 0.757, -3100.0, -0.326, null);
        Summary.ComparisonResult slower = new Summary.ComparisonResult("JSON against typed", "json@ffm",
                "typed@ffm", 4.0, 3.9, 4.1, 300.0, 0.75, null);
        StoryResult story = new StoryResult("fingerprint", "t", "python@graalpy", "us/file", Map.of(), PLAN, rows, List.of(),
                List.of(faster, slower), null);
        assertEquals(List.of("CPython against GraalPy", "python@cpython / python@graalpy", "0.754x [0.751x, 0.757x]", "-3.100 ms", "24.6%"),
                Tables.comparisons(story).get(0));
        assertEquals("75.0%", Tables.comparisons(story).get(1).get(4), "A slower: the share of A's time, as in summary.json");
    }

    @Test
    void aRunFromBeforeExternalRowsReadsAsTimedByJmh() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(rows.get(2)));
        assertEquals("external-driver", json.get("methodology").asText());
        json.remove("methodology");
        assertEquals(ImplementationResult.JMH, Json.MAPPER.treeToValue(json, ImplementationResult.class).methodology());
    }
}
