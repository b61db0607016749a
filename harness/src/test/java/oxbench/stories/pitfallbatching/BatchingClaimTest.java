package oxbench.stories.pitfallbatching;

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

/** The batching claim's verdicts, from made-up measurements with known answers. */
class BatchingClaimTest {
    private static final Plan PLAN = new Plan(1, 3, 0.5, 3, 0.5);

    /** Per-item calls cost crossing + work per item, a batch crossing / N + work: 90 ns and 10 ns here. */
    private static Scaling batching(double crossing, double work, int... sizes) {
        List<ScalingPoint> points = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int size : sizes) {
            all.add(size);
            double perItem = (crossing + work) / 1000;
            double batched = (crossing / size + work) / 1000;
            points.add(new ScalingPoint("per-item", size, Status.OK, perItem, null, perItem * 0.99, perItem * 1.01, null, true));
            points.add(new ScalingPoint("batched", size, Status.OK, batched, null, batched * 0.99, batched * 1.01, null, true));
        }
        return new Scaling("items", sizes[sizes.length - 1], all, PLAN, 10, points);
    }
    @Test
    void batchingSeparatesTheCrossingFromTheWorkAndFindsWhereItIsNegligible() {
        BatchingClaim claim = new BatchingClaim("per-item", "batched", "Java -> native", 0.05, "pitfall 2");
        BatchingClaim.Outcome result = claim.judge(FixedEvidence.ofScaling(batching(90, 10, 1, 10, 100, 1000, 10000), "us/item"));
        assertEquals(Verdict.REPRODUCED, result.verdict());
        assertEquals(10000, result.size());
        assertEquals(90, result.crossingNanos(), 1e-6);
        assertEquals(10, result.workNanos(), 1e-6);
        // 90 / (90 + 10 N) <= 5% from N >= 90 * 0.95 / (0.05 * 10) = 171
        assertEquals(171, result.negligibleFrom());
        assertTrue(result.crossingLowNanos() < 90 && result.crossingHighNanos() > 90);
        assertEquals(5, result.shares().size());
        assertEquals(0.9, result.shares().getFirst().share(), 1e-9, "at one item, 90 of 100 ns cross");
        assertEquals("one Java -> native crossing costs 90.0 ns against 10.0 ns of work per item; batches of 171 or more"
                + " make the crossing negligible (under 5.0% of the call)", result.finding());
    }
    @Test
    void batchingNeedsASizeAboveOneWithBothMeasured() {
        BatchingClaim claim = new BatchingClaim("per-item", "batched", "Java -> native", 0.05, "pitfall 2");
        BatchingClaim.Outcome result = claim.judge(FixedEvidence.ofScaling(batching(90, 10, 1), "us/item"));
        assertEquals(Verdict.INCONCLUSIVE, result.verdict());
        assertNull(result.crossingNanos());
        assertEquals(Verdict.INCONCLUSIVE, claim.judge(FixedEvidence.ofScaling(null, "us/item")).verdict());
    }
    @Test
    void batchingThatDoesNotHelpIsNotReproduced() {
        BatchingClaim claim = new BatchingClaim("per-item", "batched", "Java -> native", 0.05, "pitfall 2");
        BatchingClaim.Outcome result = claim.judge(FixedEvidence.ofScaling(batching(-50, 100, 1, 1000), "us/item"));
        assertEquals(Verdict.NOT_REPRODUCED, result.verdict());
        assertNull(result.negligibleFrom());
        assertTrue(result.finding().contains("no crossing cost could be separated"), result.finding());
    }
}
