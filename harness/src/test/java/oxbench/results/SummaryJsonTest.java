package oxbench.results;

import oxbench.report.MarkdownReport;

import oxbench.report.Tables;

import oxbench.summary.Summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import oxbench.claims.ClaimResults;
import oxbench.claims.SpeedupClaim;
import oxbench.story.FixedEvidence;
import oxbench.summary.ClaimResult;
import oxbench.summary.Complexity;
import oxbench.summary.Mark;
import oxbench.summary.Status;
import oxbench.summary.Table;
import oxbench.summary.Verdict;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import org.junit.jupiter.api.Test;

/** summary.json keeps the field names results/README.md documents. */
public class SummaryJsonTest {
    public static Summary sample() {
        RunInfo run = new RunInfo("20261124-000000", "quick", true, "jit", "GraalVM CE", "abc", "jdk", "25.0.2", "1.37",
                "0.1.0", "1.96.0", "cpu", 2, "os", "host", "2026-11-24T00:00:00Z", null, false, List.of("run", "--quick"),
                new Summary.Plan(1, 15, 1, 5, 1));
        Summary.Plan plan = new Summary.Plan(1, 8, 0.5, 5, 0.5);
        ImplementationResult ok = ImplementationResult.of("rust@ffm", "rust", "native").score(50.0, 1.0, 49.0, 51.0)
                .unit("us/file").speedup(200.0, 180.0, 220.0).digest("d1").settling(true, 0.01, 5).plan(plan).build();
        ImplementationResult failed = ImplementationResult.of("rust@graalwasm", "rust", "wasm").status(Status.FAILED, "boom")
                .unit("us/file").plan(new Summary.Plan(2, 3, 0.5, 3, 0.5)).build();
        ImplementationResult baseline = ImplementationResult.of("python@graalpy", "python", "GraalPy")
                .score(10000.0, 100.0, 9000.0, 11000.0).unit("us/file").build();
        ClaimResult claim = ClaimResults.judge(new SpeedupClaim("python@graalpy", "rust@ffm", 100, "200 ms", "2 ms", "file", "guide"),
                FixedEvidence.ofRows("us/file", baseline, ok));
        Summary.ComparisonResult comparison = new Summary.ComparisonResult("what the bridge costs", "rust@graalwasm",
                "rust@ffm", 1.5, 1.4, 1.6, 25.0, 1.0 / 3, "pitfall");
        ClaimResult growth = madeUp("crossing", "rust@ffm against rust@graalwasm as the input grows", "at 1000 patterns ...",
                "guide", new Table("rust@ffm against rust@graalwasm as the input grows: reproduced", List.of("guide"),
                        "at 1000 patterns ...", List.of("implementation", "algorithm", "fitted exponent"),
                        List.of(List.of("rust@ffm", "O(n)", "1.00 ± 0.01")), List.of("How it is decided.")),
                List.of(new Mark(300, "rust@ffm overtakes rust@graalwasm")),
                List.of(new Complexity("rust@ffm", "O(n)", 0.9, 1.4, 1.0)), "rust@ffm", "rust@graalwasm");
        Summary.Scaling scaling = new Summary.Scaling("patterns", 1000, List.of(100, 1000), plan, 0.5, List.of(
                new Summary.ScalingPoint("rust@ffm", 100, Status.OK, 5.0, 0.1, 4.9, 5.1, null, true),
                new Summary.ScalingPoint("rust@ffm", 1000, Status.OK, 50.0, 1.0, 49.0, 51.0, null, false),
                new Summary.ScalingPoint("rust@graalwasm", 100, Status.MISMATCH, null, null, null, null, "differs", null),
                new Summary.ScalingPoint("rust@graalwasm", 1000, Status.FAILED, null, null, null, null, "boom", null)));
        return new Summary(run, List.of(new StoryResult("fingerprint", "t", "python@graalpy", "us/file",
                Map.of("corpus", "c", "matches", 10), plan, List.of(ok, failed), List.of(claim, growth), List.of(comparison), scaling)));
    }

    /**
     * A claim of a kind no story makes, built from its generic fields alone: renderers must show it
     * without knowing its kind.
     */
    public static ClaimResult madeUp(String kind, String title, String finding, String source, Table table, List<Mark> marks,
            List<Complexity> complexities, String... impls) {
        com.fasterxml.jackson.databind.node.ObjectNode data = Json.MAPPER.createObjectNode().put("own_field", 42);
        return new ClaimResult(kind, title, Verdict.REPRODUCED, finding, source, List.of(impls), List.of(), List.of(table),
                marks, complexities, data);
    }

    /** A one-line verdict of a made-up kind, as the guide's lessons have them. */
    static ClaimResult verdictLine(String kind, String finding, String source, String... impls) {
        return madeUp(kind, kind, finding, source, new Table("Verdicts", List.of(source), null, List.of("measured", "verdict"),
                List.of(List.of(finding, "reproduced")), List.of("How " + kind + " is decided.")), List.of(), List.of(), impls);
    }

    @Test
    void fieldsAreSnakeCaseAndComplete() throws Exception {
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(sample()));
        for (String field : List.of("id", "mode", "jit", "git", "jdk", "graalvm", "cpu", "cores", "os", "started")) {
            assertTrue(json.get("run").has(field), "run." + field);
        }
        JsonNode story = json.get("stories").get(0);
        assertEquals("fingerprint", story.get("story").asText());
        JsonNode impl = story.get("implementations").get(0);
        for (String field : List.of("impl", "language", "runtime", "status", "score", "error", "unit", "digest", "message")) {
            assertTrue(impl.has(field), "implementation." + field);
        }
        assertTrue(impl.has("ci_low") && impl.has("runtime_mode"));
        JsonNode claim = story.get("claims").get(0);
        assertEquals("speedup", claim.get("kind").asText());
        for (String field : List.of("baseline", "candidate", "claimed_speedup", "measured_speedup", "low", "high", "verdict")) {
            assertTrue(claim.has(field), "claim." + field);
        }
        for (String field : List.of("title", "finding", "source", "impls", "warnings", "tables", "data")) {
            assertTrue(claim.has(field), "claim." + field);
        }
        assertEquals(claim.get("measured_speedup"), claim.get("data").get("measured_speedup"),
                "a kind's own fields are in data and, as in format 0, beside the generic ones");
        assertEquals(List.of("python@graalpy", "rust@ffm"), Json.MAPPER.convertValue(claim.get("impls"), List.class));
        assertEquals("The guide's claims", claim.get("tables").get(0).get("title").asText());
        JsonNode other = story.get("claims").get(1);
        assertEquals("crossing", other.get("kind").asText());
        assertEquals(42, other.get("own_field").asInt());
        assertEquals(300, other.get("marks").get(0).get("at").asDouble());
        assertEquals(0.9, other.get("complexities").get(0).get("expected_low").asDouble());
        assertEquals(Summary.FORMAT_VERSION, json.get("format_version").asInt());
        assertEquals(0.5, story.get("scaling").get("cap").asDouble());
    }

    /** A story with the issue-6 claim kinds, a comparison finding and observations. */
    static Summary pitfalls() {
        Summary base = sample();
        Summary.Plan plan = new Summary.Plan(1, 3, 0.5, 3, 0.5);
        ImplementationResult sync = ImplementationResult.of("sync@js", "js+rust", "GraalJS").score(30000.0, 100.0, 29900.0, 30100.0)
                .unit("us/scenario").speedup(1.0, 0.99, 1.01).digest("d").settling(true, 0.0, 3).plan(plan).baseline("sync@js")
                .observed(List.of(new Summary.Observed("timer lag", "us", 120, 9000, 8000, 19000, 24000, 25000))).build();
        ImplementationResult async = ImplementationResult.of("async@js", "js+rust", "GraalJS").score(30000.0, 100.0, 29900.0, 30100.0)
                .unit("us/scenario").speedup(1.0, 0.99, 1.01).digest("d").settling(true, 0.0, 3).plan(plan).baseline("sync@js")
                .observed(List.of(new Summary.Observed("timer lag", "us", 120, 60, 50, 90, 400, 800))).build();
        List<ClaimResult> claims = List.of(
                verdictLine("limit", "a trivial call costs 4.00 ns", "target", "add-one@ffm"),
                verdictLine("batching", "one Java -> native crossing costs 90.0 ns", "pitfall 2", "per-item", "batched"),
                verdictLine("lag", "made synchronously, the call blocks the event loop", "pitfall 3", "sync@js", "async@js"));
        Summary.ComparisonResult json = new Summary.ComparisonResult("what JSON costs", "json@ffm", "typed@ffm", 2.0, 1.9, 2.1,
                5.0, 0.5, "JSON at the boundary costs 50.0% of the call", "pitfall 1");
        return new Summary(base.run(), List.of(new StoryResult("pitfall-blocking", "t", "sync@js", "us/scenario",
                Map.of("corpus", "none"), plan, List.of(sync, async), claims, List.of(json), null)));
    }

    @Test
    void pitfallClaimsObservationsAndFindingsReadBackAndShow() throws Exception {
        Summary summary = pitfalls();
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(summary));
        JsonNode story = json.get("stories").get(0);
        assertEquals(List.of("limit", "batching", "lag"), List.of(story.get("claims").get(0).get("kind").asText(),
                story.get("claims").get(1).get("kind").asText(), story.get("claims").get(2).get("kind").asText()));
        assertEquals(42, story.get("claims").get(1).get("data").get("own_field").asInt());
        assertEquals(24000, story.get("implementations").get(0).get("observed").get(0).get("p99").asDouble());
        assertEquals("sync@js", story.get("implementations").get(1).get("baseline").asText());
        Summary read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(summary), Summary.class);
        assertEquals(summary.stories().getFirst(), read.stories().getFirst());

        String report = MarkdownReport.render(summary);
        assertTrue(report.contains("### Verdicts"), report);
        assertTrue(report.contains("| a trivial call costs 4.00 ns | reproduced |"), report);
        assertTrue(report.contains("| one Java -> native crossing costs 90.0 ns | reproduced |"), report);
        assertTrue(report.contains("| made synchronously, the call blocks the event loop | reproduced |"), report);
        assertTrue(report.contains("| JSON at the boundary costs 50.0% of the call | measured |"), report);
        assertTrue(report.contains("> pitfall 3"), report);
        assertTrue(report.contains("How batching is decided. How lag is decided."), "each claim's note once: " + report);
        assertEquals(1, report.split("### Verdicts", -1).length - 1, "one table for the one-line verdicts of every kind");
        assertTrue(report.contains("| sync@js | timer lag | 120 | 9.000 ms | 8.000 ms | 19.000 ms | 24.000 ms | 25.000 ms |"), report);
    }

    @Test
    void implementationsNotRunReadBackAndAreNamedWithTheirReason() throws Exception {
        StoryResult full = pitfalls().stories().getFirst();
        StoryResult story = new StoryResult(full.story(), full.title(), full.baseline(), full.unit(), full.input(), full.plan(),
                full.implementations(), full.claims(), full.comparisons(), full.scaling(),
                List.of(new Summary.NotRun("json@python-wasm", Summary.NotRun.QUICK),
                        new Summary.NotRun("typed@python-wasm", Summary.NotRun.QUICK),
                        new Summary.NotRun("extra@js", Summary.NotRun.NOT_CHOSEN)));
        Summary summary = new Summary(pitfalls().run(), List.of(story));
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(summary));
        assertEquals("json@python-wasm", json.get("stories").get(0).get("not_run").get(0).get("impl").asText());
        assertEquals(story, Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(summary), Summary.class).stories().getFirst());
        assertEquals("Not run: json@python-wasm, typed@python-wasm (" + Summary.NotRun.QUICK + "); extra@js ("
                + Summary.NotRun.NOT_CHOSEN + ").", Tables.notRun(story));
        assertTrue(MarkdownReport.render(summary).contains(Tables.notRun(story)), "the report names them");
        assertEquals(null, Tables.notRun(full), "nothing to say when every implementation ran");

        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode) json.get("stories").get(0);
        old.remove("not_run");
        assertEquals(List.of(), Json.MAPPER.treeToValue(old, StoryResult.class).notRun(), "a run from before not_run read with none");
    }

    @Test
    void aSourceQuotedWithATargetIsNotQuotedAgainWithout() {
        StoryResult base = pitfalls().stories().getFirst();
        StoryResult story = new StoryResult(base.story(), base.title(), base.baseline(), base.unit(), base.input(), base.plan(),
                base.implementations(),
                List.of(verdictLine("limit", "a trivial call costs 4.00 ns", "Strategy 1; issue 6 target: 3x", "add-one@ffm")),
                List.of(new Summary.ComparisonResult("q", "a", "b", 2.0, 1.9, 2.1, 5.0, 0.5, "a costs 5 more", "Strategy 1"),
                        new Summary.ComparisonResult("q2", "c", "b", 2.0, 1.9, 2.1, 5.0, 0.5, "c costs 5 more", "Pitfall 1")),
                null);
        assertEquals(List.of("Strategy 1; issue 6 target: 3x", "Pitfall 1"), Tables.claimTables(story).getFirst().quotes());
    }

    @Test
    void aRunFromBeforeObservationsReadsWithNone() throws Exception {
        JsonNode old = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(sample()));
        com.fasterxml.jackson.databind.node.ObjectNode impl =
                (com.fasterxml.jackson.databind.node.ObjectNode) old.get("stories").get(0).get("implementations").get(0);
        assertTrue(impl.remove("observed") != null && impl.has("baseline"), "the fields were there to remove");
        impl.remove("baseline");
        Summary read = Json.MAPPER.treeToValue(old, Summary.class);
        assertEquals(List.of(), read.stories().getFirst().implementations().getFirst().observed());
    }

    @Test
    void aSummaryReadsBackEqual() throws Exception {
        Summary summary = sample();
        Summary read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(summary), Summary.class);
        assertEquals(summary.run(), read.run());
        assertEquals(summary.stories().getFirst().implementations(), read.stories().getFirst().implementations());
        assertEquals(summary.stories().getFirst().scaling(), read.stories().getFirst().scaling());
        assertEquals(summary.stories().getFirst().comparisons(), read.stories().getFirst().comparisons());
        assertEquals(summary.stories().getFirst().claims(), read.stories().getFirst().claims());
    }

    @Test
    void theReportShowsTheTablesAndVerdicts() {
        String report = MarkdownReport.render(sample());
        assertTrue(report.contains("| rust@ffm | native | 50.000 us | 2.0% | 200x [180x, 220x] | ok |"), report);
        assertTrue(report.contains("| rust@ffm vs python@graalpy | 100x (200 ms -> 2 ms per file) | 10.000 ms -> 50.000 us per file"
                + " | 200x | [176x, 224x] | reproduced |"), report);
        assertTrue(report.contains("| what the bridge costs | rust@graalwasm / rust@ffm | 1.50x [1.40x, 1.60x] | +25.000 us | 33.3% |"),
                report);
        assertTrue(report.contains("| rust@ffm | 5.000 us ±2.0% | 50.000 us ±2.0% (unsettled) |"), report);
        assertTrue(report.contains("| rust@graalwasm | mismatch | failed |"), report);
        assertTrue(report.contains("| implementation | 100 patterns | 1000 patterns (run) |"), report);
        assertTrue(report.contains("- matches: 10"), report);
        assertTrue(report.contains("Measured with 1 fork(s) of 8 x 0.5 s warm-up and 5 x 0.5 s measured; rust@graalwasm with"
                + " 2 fork(s) of 3 x 0.5 s warm-up and 3 x 0.5 s measured."), report);
        assertTrue(report.contains("- **rust@graalwasm** failed: boom"), report);
        assertTrue(report.contains("Incomplete run"), report);
        assertTrue(report.contains("### rust@ffm against rust@graalwasm as the input grows: reproduced"), report);
        assertTrue(report.contains("| rust@ffm | O(n) | 1.00 ± 0.01 |"), report);
        assertTrue(report.contains("At 1000 patterns ..."), report);
    }
}
