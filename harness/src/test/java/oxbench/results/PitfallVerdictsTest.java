package oxbench.results;

import oxbench.summary.Summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import oxbench.summary.Summary.BatchingClaimResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.LagClaimResult;
import oxbench.summary.Summary.LimitClaimResult;
import oxbench.summary.Summary.Observed;
import oxbench.summary.Summary.Plan;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.story.BatchingClaim;
import oxbench.story.LagClaim;
import oxbench.story.LimitClaim;
import org.junit.jupiter.api.Test;

/** The verdicts of the pitfall and boundary claims, from made-up measurements with known answers. */
class PitfallVerdictsTest {
    private static final Plan PLAN = new Plan(1, 3, 0.5, 3, 0.5);

    private static ImplementationResult row(String impl, Double score, Double low, Double high, List<Observed> observed) {
        return new ImplementationResult(impl, "rust", "FFM", "jit", score == null ? "failed" : "ok", score, null, low, high,
                "us/call", null, null, null, null, score == null ? "it crashed" : null, true, 0.0, 3, PLAN, impl, observed);
    }

    @Test
    void aLimitIsReproducedOnlyWhenTheWholeIntervalIsUnderIt() {
        LimitClaim claim = new LimitClaim("add-one@ffm", 9, "a trivial Java -> native call", "target");
        LimitClaimResult under = LimitVerdicts.of(claim, row("add-one@ffm", 0.0040, 0.0038, 0.0042, List.of()));
        assertEquals(Verdicts.REPRODUCED, under.verdict());
        assertEquals(4.0, under.measuredNanos(), 1e-9);
        assertEquals("a trivial Java -> native call costs 4.00 ns [3.80, 4.20] (add-one@ffm); the limit is 9 ns", under.finding());
        assertEquals(Verdicts.NOT_REPRODUCED, LimitVerdicts.of(claim, row("add-one@ffm", 0.012, 0.010, 0.014, List.of())).verdict());
        assertEquals(Verdicts.INCONCLUSIVE, LimitVerdicts.of(claim, row("add-one@ffm", 0.009, 0.008, 0.010, List.of())).verdict());
        LimitClaimResult failed = LimitVerdicts.of(claim, row("add-one@ffm", null, null, null, List.of()));
        assertEquals(Verdicts.INCONCLUSIVE, failed.verdict());
        assertTrue(failed.finding().endsWith("was not measured in this run: it crashed"), failed.finding());
    }

    private static Observed lag(double p50, double p99) {
        return new Observed("timer lag", "us", 100, p50, p50, p99, p99, p99);
    }

    @Test
    void blockingIsReproducedWhenItsMedianLagIsAboveTheOthersP99() {
        LagClaim claim = new LagClaim("sync", "async", "timer lag", "pitfall 3");
        LagClaimResult blocked = LagVerdicts.of(claim, row("sync", 1.0, 0.9, 1.1, List.of(lag(20_000, 40_000))),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400))));
        assertEquals(Verdicts.REPRODUCED, blocked.verdict());
        assertEquals(20.0, blocked.blockingP50(), 1e-9);
        assertEquals(0.4, blocked.nonBlockingP99(), 1e-9);
        assertTrue(blocked.finding().contains("timers fire 20.0 ms late (median; p99 40.0 ms)"), blocked.finding());
        assertEquals(Verdicts.NOT_REPRODUCED, LagVerdicts.of(claim, row("sync", 1.0, 0.9, 1.1, List.of(lag(50, 300))),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400)))).verdict());
        assertEquals(Verdicts.INCONCLUSIVE, LagVerdicts.of(claim, row("sync", 1.0, 0.9, 1.1, List.of(lag(300, 900))),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400)))).verdict());
        assertEquals(Verdicts.INCONCLUSIVE, LagVerdicts.of(claim, row("sync", 1.0, 0.9, 1.1, List.of()),
                row("async", 1.0, 0.9, 1.1, List.of(lag(50, 400)))).verdict());
    }

    /** Per-item calls cost crossing + work per item, a batch crossing / N + work: 90 ns and 10 ns here. */
    private static Scaling batching(double crossing, double work, int... sizes) {
        List<ScalingPoint> points = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int size : sizes) {
            all.add(size);
            double perItem = (crossing + work) / 1000;
            double batched = (crossing / size + work) / 1000;
            points.add(new ScalingPoint("per-item", size, "ok", perItem, null, perItem * 0.99, perItem * 1.01, null, true));
            points.add(new ScalingPoint("batched", size, "ok", batched, null, batched * 0.99, batched * 1.01, null, true));
        }
        return new Scaling("items", sizes[sizes.length - 1], all, PLAN, 10, points);
    }

    @Test
    void batchingSeparatesTheCrossingFromTheWorkAndFindsWhereItIsNegligible() {
        BatchingClaim claim = new BatchingClaim("per-item", "batched", "Java -> native", 0.05, "pitfall 2");
        BatchingClaimResult result = BatchingVerdicts.of(claim, batching(90, 10, 1, 10, 100, 1000, 10000), "us/item");
        assertEquals(Verdicts.REPRODUCED, result.verdict());
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
        BatchingClaimResult result = BatchingVerdicts.of(claim, batching(90, 10, 1), "us/item");
        assertEquals(Verdicts.INCONCLUSIVE, result.verdict());
        assertNull(result.crossingNanos());
        assertEquals(Verdicts.INCONCLUSIVE, BatchingVerdicts.of(claim, null, "us/item").verdict());
    }

    @Test
    void batchingThatDoesNotHelpIsNotReproduced() {
        BatchingClaim claim = new BatchingClaim("per-item", "batched", "Java -> native", 0.05, "pitfall 2");
        BatchingClaimResult result = BatchingVerdicts.of(claim, batching(-50, 100, 1, 1000), "us/item");
        assertEquals(Verdicts.NOT_REPRODUCED, result.verdict());
        assertNull(result.negligibleFrom());
        assertTrue(result.finding().contains("no crossing cost could be separated"), result.finding());
    }

    @Test
    void findingsFillTheirTemplates() {
        assertEquals("JSON at the boundary costs 25.0% of the call (1.500 us per file), 1.33x",
                Findings.fill("JSON at the boundary costs {share} of the call ({difference} per file), {ratio}x",
                        6, 4.5, "us/file"));
        assertEquals("160/s against 6,250/s", Findings.fill("{slower_rate} against {faster_rate}", 6250, 160, "us/call"));
        assertNull(Findings.fill(null, 1, 1, "us/file"));
        assertEquals("takes 0.732x as long (-1.110 ms per file)",
                Findings.fill("takes {ratio}x as long ({difference} per file)", 3038, 4148, "us/file"),
                "a 'slower' side that was faster: the ratio under 1 and the difference negative, in the right unit");
    }
}
