package oxbench.results;

import oxbench.summary.Summary;

import java.util.Locale;
import java.util.Optional;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.LagClaimResult;
import oxbench.summary.Summary.Observed;
import oxbench.story.LagClaim;

/**
 * Checks a {@link LagClaim} on the two implementations' observed timer lags: reproduced when the
 * blocking call's median lag is above the non-blocking call's 99th percentile (a typical timer is
 * later than almost every timer without the block); not reproduced when the blocking 99th percentile
 * is not above the non-blocking one; inconclusive in between or when either has no observations.
 */
public final class LagVerdicts {
    private LagVerdicts() {}

    public static LagClaimResult of(LagClaim claim, ImplementationResult blocking, ImplementationResult nonBlocking) {
        Optional<Observed> blocked = observed(blocking, claim.observation());
        Optional<Observed> free = observed(nonBlocking, claim.observation());
        if (blocked.isEmpty() || free.isEmpty()) {
            return new LagClaimResult(claim.blocking(), claim.nonBlocking(), claim.observation(), null, null, null, null,
                    "ms", Verdicts.INCONCLUSIVE, "no " + claim.observation() + " was observed for "
                            + (blocked.isEmpty() ? claim.blocking() : claim.nonBlocking()) + " in this run",
                    claim.source());
        }
        double perMilli = Format.nanosPer(blocked.get().unit()) / 1e6;
        double blockedP50 = blocked.get().p50() * perMilli;
        double blockedP99 = blocked.get().p99() * perMilli;
        double freeP50 = free.get().p50() * Format.nanosPer(free.get().unit()) / 1e6;
        double freeP99 = free.get().p99() * Format.nanosPer(free.get().unit()) / 1e6;
        String verdict = blockedP50 > freeP99 ? Verdicts.REPRODUCED
                : blockedP99 <= freeP99 ? Verdicts.NOT_REPRODUCED
                : Verdicts.INCONCLUSIVE;
        String finding = String.format(Locale.ROOT,
                "made synchronously (%s), the call blocks the event loop: timers fire %s ms late (median; p99 %s ms);"
                        + " made asynchronously (%s), %s ms (p99 %s ms)",
                claim.blocking(), milliseconds(blockedP50), milliseconds(blockedP99), claim.nonBlocking(),
                milliseconds(freeP50), milliseconds(freeP99));
        return new LagClaimResult(claim.blocking(), claim.nonBlocking(), claim.observation(), blockedP50, blockedP99,
                freeP50, freeP99, "ms", verdict, finding, claim.source());
    }

    private static Optional<Observed> observed(ImplementationResult impl, String name) {
        return impl == null ? Optional.empty()
                : impl.observed().stream().filter(observed -> observed.name().equals(name) && observed.count() > 0).findFirst();
    }

    private static String milliseconds(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : value >= 0.1 ? "%.2f" : "%.3f", value);
    }
}
