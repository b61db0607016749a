package oxbench.results;

import oxbench.summary.Summary;

import java.util.Locale;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.LimitClaimResult;
import oxbench.story.LimitClaim;

/**
 * Checks a {@link LimitClaim}: reproduced when the whole 99.9% interval of the implementation's time
 * per unit is at or under the limit, not reproduced when the whole interval is above it, inconclusive
 * otherwise (or when it was not measured).
 */
public final class LimitVerdicts {
    private LimitVerdicts() {}

    /** @param measured the implementation's row, or null when it was not part of the run */
    public static LimitClaimResult of(LimitClaim claim, ImplementationResult measured) {
        if (measured == null || !measured.measured()) {
            return new LimitClaimResult(claim.impl(), claim.what(), claim.limitNanos(), null, null, null,
                    Verdicts.INCONCLUSIVE, claim.what() + " was not measured in this run"
                            + (measured == null || measured.message() == null ? "" : ": " + measured.message()),
                    claim.source());
        }
        double perNano = Format.nanosPerScore(measured.unit());
        double nanos = measured.score() * perNano;
        Double low = measured.ciLow() == null ? null : measured.ciLow() * perNano;
        Double high = measured.ciHigh() == null ? null : measured.ciHigh() * perNano;
        String verdict = low == null ? Verdicts.INCONCLUSIVE
                : high <= claim.limitNanos() ? Verdicts.REPRODUCED
                : low > claim.limitNanos() ? Verdicts.NOT_REPRODUCED
                : Verdicts.INCONCLUSIVE;
        String interval = low == null ? "" : String.format(Locale.ROOT, " [%.2f, %.2f]", low, high);
        String finding = String.format(Locale.ROOT, "%s costs %.2f ns%s (%s); the limit is %s ns",
                claim.what(), nanos, interval, claim.impl(), Format.number(claim.limitNanos()));
        return new LimitClaimResult(claim.impl(), claim.what(), claim.limitNanos(), nanos, low, high, verdict, finding,
                claim.source());
    }
}
