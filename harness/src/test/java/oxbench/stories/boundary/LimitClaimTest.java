package oxbench.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import oxbench.story.FixedEvidence;
import oxbench.summary.Status;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Observed;
import oxbench.summary.Summary.Plan;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Verdict;
import org.junit.jupiter.api.Test;

/** The limit claim's verdicts, from made-up measurements with known answers. */
class LimitClaimTest {
    private static final Plan PLAN = new Plan(1, 3, 0.5, 3, 0.5);

    private static ImplementationResult row(String impl, Double score, Double low, Double high, List<Observed> observed) {
        ImplementationResult.Builder row = ImplementationResult.of(impl, "rust", "FFM").unit("us/call").plan(PLAN)
                .baseline(impl).observed(observed).settling(true, 0.0, 3);
        return (score == null ? row.status(Status.FAILED, "it crashed") : row.score(score, null, low, high)).build();
    }

    @Test
    void aLimitIsReproducedOnlyWhenTheWholeIntervalIsUnderIt() {
        LimitClaim claim = new LimitClaim("add-one@ffm", 9, "a trivial Java -> native call", "target");
        LimitClaim.Outcome under = claim.judge(FixedEvidence.ofRows("us/call", row("add-one@ffm", 0.0040, 0.0038, 0.0042, List.of())));
        assertEquals(Verdict.REPRODUCED, under.verdict());
        assertEquals(4.0, under.measuredNanos(), 1e-9);
        assertEquals("a trivial Java -> native call costs 4.00 ns [3.80, 4.20] (add-one@ffm); the limit is 9 ns", under.finding());
        assertEquals(Verdict.NOT_REPRODUCED, claim.judge(FixedEvidence.ofRows("us/call", row("add-one@ffm", 0.012, 0.010, 0.014, List.of()))).verdict());
        assertEquals(Verdict.INCONCLUSIVE, claim.judge(FixedEvidence.ofRows("us/call", row("add-one@ffm", 0.009, 0.008, 0.010, List.of()))).verdict());
        LimitClaim.Outcome failed = claim.judge(FixedEvidence.ofRows("us/call", row("add-one@ffm", null, null, null, List.of())));
        assertEquals(Verdict.INCONCLUSIVE, failed.verdict());
        assertTrue(failed.finding().endsWith("was not measured in this run: it crashed"), failed.finding());
    }
}
