package oxbench.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import oxbench.proposal.Proposal.Applies;
import oxbench.proposal.Proposal.Decision;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.StoryResult;
import oxbench.results.SummaryJsonTest;
import oxbench.claims.ClaimResults;
import oxbench.claims.SpeedupClaim;
import oxbench.story.FixedEvidence;
import oxbench.summary.Complexity;
import oxbench.summary.Status;
import oxbench.summary.Table;
import org.junit.jupiter.api.Test;

class ProposalsTest {
    private static ImplementationResult row(String impl, String status, Double score, String digest) {
        ImplementationResult.Builder row = ImplementationResult.of(impl, impl.startsWith("rust") ? "rust" : "python", "rt")
                .status(Status.of(status), status.equals("ok") ? null : "differs at line 3").unit("us/file").digest(digest)
                .settling(true, 0.0, 30);
        if (score != null) {
            row.score(score, score / 100, score * 0.99, score * 1.01);
        }
        return row.build();
    }

    /** A full run: python@graalpy 200 ms per file, rust@ffm 20 ms (10x), rust@bad mismatched. */
    static Summary fixture(String mode, boolean complete) {
        Summary sample = SummaryJsonTest.sample();
        Summary.RunInfo r = sample.run();
        Summary.RunInfo run = new Summary.RunInfo(r.id(), mode, true, "jit", r.engine(), r.git(), r.jdk(), r.graalvm(), r.jmh(),
                r.oxbench(), r.rustc(), r.cpu(), r.cores(), r.os(), r.host(), r.started(), complete ? "2026-11-24T00:10:00Z" : null,
                complete, r.args(), r.plan());
        StoryResult story = new StoryResult("fingerprint", "Fingerprint generator", "python@graalpy", "us/file", Map.of(), r.plan(),
                List.of(row("python@graalpy", "ok", 200_000.0, "d1"), row("rust@ffm", "ok", 20_000.0, "d1"),
                        row("rust@bad", "mismatch", 1_000.0, "d2"), row("rust@stopped", "interrupted", null, null),
                        row("rust@absent", "unavailable", null, null)),
                List.of(ClaimResults.judge(new SpeedupClaim("python@graalpy", "rust@ffm", 100, "200 ms", "2 ms", "file",
                        "Success story 1"), FixedEvidence.ofRows("us/file", row("python@graalpy", "ok", 200_000.0, "d1"),
                        row("rust@ffm", "ok", 20_000.0, "d1")))),
                List.of(), null);
        return new Summary(run, List.of(story));
    }

    private static Proposal propose(String to, Double share) {
        return Proposals.of(fixture("full", true), "/r", "fingerprint", "python@graalpy", to, share);
    }

    @Test
    void amdahlForATenfoldSpeedupOfHalfTheProgram() {
        assertEquals(1.818, Amdahl.overall(0.5, 10), 0.0005);
        assertEquals(2.0, Amdahl.overall(0.5, Double.POSITIVE_INFINITY), 1e-12);
        assertEquals(10.0, Amdahl.overall(1.0, 10), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Amdahl.overall(0, 10));
    }

    @Test
    void aCorrectFasterCandidateWithALargeShareIsProposed() {
        Proposal p = propose("rust@ffm", 0.5);
        assertEquals(10.0, p.speedup().value(), 1e-9);
        Amdahl.Overall overall = p.overall().getFirst();
        assertEquals(1.818, overall.value(), 0.0005);
        assertTrue(overall.low() < overall.value() && overall.value() < overall.high());
        assertEquals(Amdahl.overall(0.5, p.speedup().low()), overall.low(), 1e-12);
        assertEquals(180_000.0, p.savedPerUnit(), 1e-6);
        assertEquals(Decision.MIGRATE, p.recommendation().decision(), p.recommendation().why());
        assertEquals(1, p.claims().size());
        assertTrue(p.checklist().stream().allMatch(item -> item.done() || item.item().startsWith("Monitor")));
        String md = ProposalMarkdown.render(p);
        assertTrue(md.contains("**Recommendation: Migrate**"), md);
        assertTrue(md.contains("| 50.0% (given by the proposer) | 1.82x ["), md);
        assertTrue(md.contains("- [x] **Test thoroughly"), md);
    }

    @Test
    void aMismatchedCandidateIsRecommendedAgainst() {
        Proposal p = propose("rust@bad", 0.9);
        assertFalse(p.correctness().same());
        assertEquals(Decision.DO_NOT_MIGRATE, p.recommendation().decision());
        assertTrue(p.recommendation().why().contains("rust@bad is mismatch"), p.recommendation().why());
        assertTrue(p.overall().isEmpty(), "no speedup is computed for a wrong answer");
        assertTrue(ProposalMarkdown.render(p).contains("- [ ] **Test thoroughly"));
    }

    @Test
    void aCandidateThatWasNeverCheckedIsNotCalledIncorrect() {
        for (String candidate : List.of("rust@stopped", "rust@absent")) {
            Proposal p = propose(candidate, 0.9);
            assertEquals(Decision.NOT_YET, p.recommendation().decision(), p.recommendation().why());
            assertFalse(p.recommendation().why().contains("not a correct replacement"), p.recommendation().why());
            assertTrue(p.recommendation().why().contains("not checked"), p.recommendation().why());
        }
    }

    @Test
    void aSmallShareIsNotWorthIt() {
        Proposal p = propose("rust@ffm", 0.05);
        assertEquals(Decision.DO_NOT_MIGRATE, p.recommendation().decision(), p.recommendation().why());
        assertTrue(p.reasons().stream().anyMatch(r -> r.rule().startsWith("Complexity") && r.applies() == Applies.YES));
    }

    @Test
    void withoutAShareTheProposalAsksForAProfileAndShowsExamples() {
        Proposal p = propose("rust@ffm", null);
        assertEquals(Decision.NOT_YET, p.recommendation().decision());
        assertEquals(Proposals.EXAMPLE_SHARES.size(), p.overall().size());
        assertFalse(p.checklist().getFirst().done());
    }

    @Test
    void quickRunsAreLabelledLoudly() {
        Proposal p = Proposals.of(fixture("quick", true), "/r", "fingerprint", "python@graalpy", "rust@ffm", 0.5);
        assertTrue(ProposalMarkdown.render(p).contains("QUICK RUN"));
    }

    @Test
    void unknownStoriesAndImplementationsNameTheKnownOnes() {
        String impl = assertThrows(IllegalArgumentException.class, () -> propose("cobol@mainframe", 0.5)).getMessage();
        assertTrue(impl.contains("no implementation 'cobol@mainframe' (it has: python@graalpy, rust@ffm, rust@bad, rust@stopped, rust@absent)"), impl);
        String story = assertThrows(IllegalArgumentException.class,
                () -> Proposals.of(fixture("full", true), "/r", "nope", "a", "b", 0.5)).getMessage();
        assertTrue(story.contains("no story 'nope' (it has: fingerprint)"), story);
    }

    @Test
    void theAlgorithmRuleCitesTheGrowthClaim() {
        Complexity naive = new Complexity("python@graalpy", "O(n^2)", 1.7, 2.3, 2.0);
        Complexity sorted = new Complexity("python-nlogn", "O(n log n)", 0.9, 1.4, 1.2);
        Complexity rust = new Complexity("rust@ffm", "O(n^2)", 1.7, 2.3, 1.93);
        Summary base = fixture("full", true);
        StoryResult s = base.stories().getFirst();
        StoryResult withGrowth = new StoryResult(s.story(), s.title(), s.baseline(), s.unit(), s.input(), s.plan(),
                s.implementations(), List.of(SummaryJsonTest.madeUp("any-kind", "python-nlogn against rust@ffm",
                        "the better algorithm wins", "Example 3", new Table("t", List.of(), null, List.of("a"), List.of(),
                        List.of()), List.of(), List.of(naive, sorted, rust), "python-nlogn", "rust@ffm")), List.of(), null);
        Summary summary = new Summary(base.run(), List.of(withGrowth));
        Proposal p = Proposals.of(summary, "/r", "fingerprint", "python@graalpy", "rust@ffm", 0.9);
        Proposal.Reason algorithm = p.reasons().getLast();
        assertEquals(Applies.YES, algorithm.applies());
        assertTrue(algorithm.evidence().contains("python-nlogn is O(n log n)"), algorithm.evidence());
        assertEquals(Decision.DO_NOT_MIGRATE, p.recommendation().decision());
    }
}
