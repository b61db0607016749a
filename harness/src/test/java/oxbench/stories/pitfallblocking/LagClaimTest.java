package oxbench.stories.pitfallblocking;

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

/** The lag claim's verdicts, from made-up measurements with known answers. */
class LagClaimTest {
    private static final Plan PLAN = new Plan(1, 3, 0.5, 3, 0.5);

    private static ImplementationResult row(String impl, Double score, Double low, Double high, List<Observed> observed) {
        ImplementationResult.Builder row = ImplementationResult.of(impl, "rust", "FFM").unit("us/call").plan(PLAN)
                .baseline(impl).observed(observed).settling(true, 0.0, 3);
        return (score == null ? row.status(Status.FAILED, "it crashed") : row.score(score, null, low, high)).build();
    }

    private static Observed lag(double p50, double p99) {
        return new Observed("timer lag", "us", 100, p50, p50, p99, p99, p99);
    }
    @Test
    void blockingIsReproducedWhenItsMedianLagIsAboveTheOthersP99() {
        LagClaim claim = new LagClaim("sync", "async", "timer lag", "pitfall 3");
        LagClaim.Outcome blocked = claim.judge(FixedEvidence.ofRows("us/call", row("sync", 1.0, 0.9, 1.1, List.of(lag(20_000, 40_000))),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400)))));
        assertEquals(Verdict.REPRODUCED, blocked.verdict());
        assertEquals(20.0, blocked.blockingP50(), 1e-9);
        assertEquals(0.4, blocked.nonBlockingP99(), 1e-9);
        assertTrue(blocked.finding().contains("timers fire 20.0 ms late (median; p99 40.0 ms)"), blocked.finding());
        assertEquals(Verdict.NOT_REPRODUCED, claim.judge(FixedEvidence.ofRows("us/call", row("sync", 1.0, 0.9, 1.1, List.of(lag(50, 300))),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400))))).verdict());
        assertEquals(Verdict.INCONCLUSIVE, claim.judge(FixedEvidence.ofRows("us/call", row("sync", 1.0, 0.9, 1.1, List.of(lag(300, 900))),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400))))).verdict());
        assertEquals(Verdict.INCONCLUSIVE, claim.judge(FixedEvidence.ofRows("us/call", row("sync", 1.0, 0.9, 1.1, List.of()),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400))))).verdict());
    }
}
