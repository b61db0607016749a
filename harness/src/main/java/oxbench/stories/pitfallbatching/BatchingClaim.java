package oxbench.stories.pitfallbatching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import oxbench.claims.ClaimWarnings;
import oxbench.results.Format;
import oxbench.results.Verdicts;
import oxbench.story.Claim;
import oxbench.story.ClaimKind;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.summary.ClaimResult;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Table;
import oxbench.summary.Verdict;

/**
 * The guide's pitfall 2, checked on the story's scaling table (scores are times per item):
 * {@code perItem} crosses the boundary once per item, {@code perBatch} once per batch of the same
 * items. From the two, the cost of one crossing and of one item's work, and the batch size from
 * which the crossing is at most {@code negligible} (a share, e.g. 0.05) of a batch call.
 *
 * <p>With one crossing costing {@code c} and one item's work {@code w}, a call per item takes
 * {@code p = c + w} per item and one call per batch of {@code N} takes {@code b = c/N + w} per item.
 * At the largest size {@code N} where both were measured, {@code c = (p - b) N / (N - 1)} (its
 * interval from the two 99.9% intervals, as for speedups) and {@code w = b - c/N}. The crossing is
 * at most a share {@code s} of a batch call from {@code N >= c (1 - s) / (s w)} items on.
 *
 * <p>Reproduced when per-item calls are slower than the batch beyond both intervals at that size (the
 * guide: "Overhead each call"); not reproduced when they are faster beyond both; inconclusive when
 * the intervals overlap or the table has no size above 1 with both measured.
 *
 * @param bridge what is crossed, for the verdict line, e.g. {@code Python -> host -> native}
 * @param source what the guide says, quoted for the report
 */
public record BatchingClaim(String perItem, String perBatch, String bridge, double negligible, String source)
        implements Claim<BatchingClaim.Outcome> {
    public static final ClaimKind<Outcome> KIND = new ClaimKind<>("batching", Outcome.class);

    @Override
    public ClaimKind<Outcome> kind() {
        return KIND;
    }

    @Override
    public List<String> impls() {
        return List.of(perItem, perBatch);
    }

    @Override
    public String describe() {
        return "batching makes the " + bridge + " crossing negligible (" + perBatch + " against " + perItem + ")";
    }

    @Override
    public Outcome judge(Evidence evidence) {
        return judge(this, evidence.scaling(), evidence.unit());
    }

    private static Outcome judge(BatchingClaim claim, Scaling scaling, String scoreUnit) {
        Optional<int[]> largest = largestWithBoth(claim, scaling);
        if (scaling == null || largest.isEmpty()) {
            return new Outcome(claim.perItem(), claim.perBatch(), claim.bridge(), claim.negligible(), null,
                    null, null, null, null, null, null, null, null, List.of(), Verdict.INCONCLUSIVE,
                    "no size above 1 item has both " + claim.perItem() + " and " + claim.perBatch() + " measured",
                    claim.source(), List.of());
        }
        int size = largest.get()[0];
        ScalingPoint perItem = point(scaling, claim.perItem(), size).orElseThrow();
        ScalingPoint batched = point(scaling, claim.perBatch(), size).orElseThrow();
        double nanos = Format.nanosPerScore(scoreUnit);
        double scale = (double) size / (size - 1);
        double crossing = (perItem.score() - batched.score()) * scale * nanos;
        Double crossingLow = perItem.ciLow() == null || batched.ciHigh() == null ? null
                : (perItem.ciLow() - batched.ciHigh()) * scale * nanos;
        Double crossingHigh = perItem.ciHigh() == null || batched.ciLow() == null ? null
                : (perItem.ciHigh() - batched.ciLow()) * scale * nanos;
        double work = batched.score() * nanos - crossing / size;
        Verdicts.Speedup speedup = perItem.ciLow() == null || batched.ciLow() == null ? null
                : Verdicts.speedup(perItem.score(), perItem.ciLow(), perItem.ciHigh(),
                        batched.score(), batched.ciLow(), batched.ciHigh());
        Verdict verdict = speedup == null ? Verdict.INCONCLUSIVE
                : speedup.low() > 1 ? Verdict.REPRODUCED
                : speedup.high() < 1 ? Verdict.NOT_REPRODUCED
                : Verdict.INCONCLUSIVE;
        Long from = crossing > 0 && work > 0
                ? (long) Math.max(1, Math.ceil(crossing * (1 - claim.negligible()) / (claim.negligible() * work)))
                : null;
        List<Share> shares = new ArrayList<>();
        if (crossing > 0) {
            for (ScalingPoint point : scaling.points()) {
                if (point.impl().equals(claim.perBatch()) && point.score() != null) {
                    shares.add(new Share(point.size(), Math.min(1, crossing / point.size() / (point.score() * nanos))));
                }
            }
        }
        String finding = from == null
                ? String.format(Locale.ROOT, "at %d items, one call per item takes %s per item and one call per batch %s:"
                        + " no crossing cost could be separated from the work", size,
                        Format.time(perItem.score(), scoreUnit), Format.time(batched.score(), scoreUnit))
                : String.format(Locale.ROOT, "one %s crossing costs %s against %s of work per item; batches of %,d or"
                        + " more make the crossing negligible (under %s of the call)", claim.bridge(),
                        Format.time(crossing, "ns/"), Format.time(work, "ns/"), from, Format.percent(claim.negligible()));
        return new Outcome(claim.perItem(), claim.perBatch(), claim.bridge(), claim.negligible(), size,
                crossing, crossingLow, crossingHigh, work, from,
                speedup == null ? null : speedup.value(),
                speedup == null ? null : Verdicts.finite(speedup.low()),
                speedup == null ? null : Verdicts.finite(speedup.high()),
                shares, verdict, finding, claim.source(), ClaimWarnings.ofPoints(scaling.unit(), List.of(perItem, batched)));
    }

    private static Optional<int[]> largestWithBoth(BatchingClaim claim, Scaling scaling) {
        if (scaling == null) {
            return Optional.empty();
        }
        return scaling.sizes().stream()
                .filter(size -> size > 1)
                .filter(size -> point(scaling, claim.perItem(), size).isPresent()
                        && point(scaling, claim.perBatch(), size).isPresent())
                .max(Integer::compare)
                .map(size -> new int[] {size});
    }

    private static Optional<ScalingPoint> point(Scaling scaling, String impl, int size) {
        return scaling.points().stream()
                .filter(point -> point.impl().equals(impl) && point.size() == size && point.score() != null)
                .findFirst();
    }

    /**
     * Batching as measured: one {@code bridge} crossing costs {@code crossingNanos} (with its interval)
     * and one item's work {@code workNanos}, both estimated at {@code size}, the largest size where both
     * were measured; from {@code negligibleFrom} items per batch the crossing is at most
     * {@code negligible} of a batch call.
     *
     * @param speedup per-item time / batched time at {@code size}, with its interval
     * @param shares  per measured size, the share of a batch call spent crossing
     */
    public record Outcome(
            String perItem,
            String perBatch,
            String bridge,
            double negligible,
            Integer size,
            Double crossingNanos,
            Double crossingLowNanos,
            Double crossingHighNanos,
            Double workNanos,
            Long negligibleFrom,
            Double speedup,
            Double low,
            Double high,
            List<Share> shares,
            Verdict verdict,
            String finding,
            String source,
            List<String> warnings) implements ClaimOutcome {
        @Override
        public ClaimResult present() {
            return new ClaimResult(KIND.name(), "batching " + perBatch + " against " + perItem, verdict, finding, source,
                    Table.cells(perItem, perBatch), warnings,
                    List.of(Table.verdictLine(source, finding, verdict,
                            "Batching is *reproduced* when one call per item is slower than one call per batch beyond"
                                    + " both intervals at the largest size measured (the crossing cost and the batch size where"
                                    + " it falls under the stated share come from the same two scores).")),
                    null, null, null);
        }
    }

    /** At {@code size} items per batch, the share of the batched call spent crossing the boundary. */
    public record Share(int size, double share) {}
}
