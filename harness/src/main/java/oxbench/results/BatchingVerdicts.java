package oxbench.results;

import oxbench.summary.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import oxbench.summary.Summary.BatchShare;
import oxbench.summary.Summary.BatchingClaimResult;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.story.BatchingClaim;

/**
 * Checks a {@link BatchingClaim} on the scaling table (scores are times per item).
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
 */
public final class BatchingVerdicts {
    private BatchingVerdicts() {}

    public static BatchingClaimResult of(BatchingClaim claim, Scaling scaling, String scoreUnit) {
        Optional<int[]> largest = largestWithBoth(claim, scaling);
        if (scaling == null || largest.isEmpty()) {
            return new BatchingClaimResult(claim.perItem(), claim.perBatch(), claim.bridge(), claim.negligible(), null,
                    null, null, null, null, null, null, null, null, List.of(), Verdicts.INCONCLUSIVE,
                    "no size above 1 item has both " + claim.perItem() + " and " + claim.perBatch() + " measured",
                    claim.source());
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
        String verdict = speedup == null ? Verdicts.INCONCLUSIVE
                : speedup.low() > 1 ? Verdicts.REPRODUCED
                : speedup.high() < 1 ? Verdicts.NOT_REPRODUCED
                : Verdicts.INCONCLUSIVE;
        Long from = crossing > 0 && work > 0
                ? (long) Math.max(1, Math.ceil(crossing * (1 - claim.negligible()) / (claim.negligible() * work)))
                : null;
        List<BatchShare> shares = new ArrayList<>();
        if (crossing > 0) {
            for (ScalingPoint point : scaling.points()) {
                if (point.impl().equals(claim.perBatch()) && point.score() != null) {
                    shares.add(new BatchShare(point.size(), Math.min(1, crossing / point.size() / (point.score() * nanos))));
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
        return new BatchingClaimResult(claim.perItem(), claim.perBatch(), claim.bridge(), claim.negligible(), size,
                crossing, crossingLow, crossingHigh, work, from,
                speedup == null ? null : speedup.value(),
                speedup == null ? null : Verdicts.finite(speedup.low()),
                speedup == null ? null : Verdicts.finite(speedup.high()),
                shares, verdict, finding, claim.source());
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
}
