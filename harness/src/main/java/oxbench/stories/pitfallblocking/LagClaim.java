package oxbench.stories.pitfallblocking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import oxbench.claims.ClaimWarnings;
import oxbench.results.Format;
import oxbench.story.Claim;
import oxbench.story.ClaimKind;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.summary.ClaimResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Observed;
import oxbench.summary.Table;
import oxbench.summary.Verdict;

/**
 * The guide's pitfall 3: {@code blocking} makes a long call synchronously on the event loop's thread,
 * {@code nonBlocking} makes the same call asynchronously; both record how late each timer fired as
 * the observation {@code observation} (see {@link oxbench.jmh.Observations}). Reproduced when the
 * blocking call's median lag is above the non-blocking call's 99th percentile (a typical timer is
 * later than almost every timer without the block); not reproduced when the blocking 99th percentile
 * is not above the non-blocking one; inconclusive in between or when either has no observations.
 *
 * @param source what the guide says, quoted for the report
 */
public record LagClaim(String blocking, String nonBlocking, String observation, String source)
        implements Claim<LagClaim.Outcome> {
    public static final ClaimKind<Outcome> KIND = new ClaimKind<>("lag", Outcome.class);

    @Override
    public ClaimKind<Outcome> kind() {
        return KIND;
    }

    @Override
    public List<String> impls() {
        return List.of(blocking, nonBlocking);
    }

    @Override
    public String describe() {
        return blocking + " delays the event loop's timers, " + nonBlocking + " does not";
    }

    @Override
    public Outcome judge(Evidence evidence) {
        return judge(this, evidence.row(blocking), evidence.row(nonBlocking));
    }

    private static Outcome judge(LagClaim claim, ImplementationResult blocking, ImplementationResult nonBlocking) {
        Optional<Observed> blocked = observed(blocking, claim.observation());
        Optional<Observed> free = observed(nonBlocking, claim.observation());
        if (blocked.isEmpty() || free.isEmpty()) {
            return new Outcome(claim.blocking(), claim.nonBlocking(), claim.observation(), null, null, null, null,
                    "ms", Verdict.INCONCLUSIVE, "no " + claim.observation() + " was observed for "
                            + (blocked.isEmpty() ? claim.blocking() : claim.nonBlocking()) + " in this run",
                    claim.source(), List.of());
        }
        double perMilli = Format.nanosPer(blocked.get().unit()) / 1e6;
        double blockedP50 = blocked.get().p50() * perMilli;
        double blockedP99 = blocked.get().p99() * perMilli;
        double freeP50 = free.get().p50() * Format.nanosPer(free.get().unit()) / 1e6;
        double freeP99 = free.get().p99() * Format.nanosPer(free.get().unit()) / 1e6;
        Verdict verdict = blockedP50 > freeP99 ? Verdict.REPRODUCED
                : blockedP99 <= freeP99 ? Verdict.NOT_REPRODUCED
                : Verdict.INCONCLUSIVE;
        String finding = String.format(Locale.ROOT,
                "made synchronously (%s), the call blocks the event loop: timers fire %s ms late (median; p99 %s ms);"
                        + " made asynchronously (%s), %s ms (p99 %s ms)",
                claim.blocking(), milliseconds(blockedP50), milliseconds(blockedP99), claim.nonBlocking(),
                milliseconds(freeP50), milliseconds(freeP99));
        return new Outcome(claim.blocking(), claim.nonBlocking(), claim.observation(), blockedP50, blockedP99,
                freeP50, freeP99, "ms", verdict, finding, claim.source(), ClaimWarnings.ofRows(blocking, nonBlocking));
    }

    private static Optional<Observed> observed(ImplementationResult impl, String name) {
        return impl == null ? Optional.empty()
                : impl.observed().stream().filter(observed -> observed.name().equals(name) && observed.count() > 0).findFirst();
    }

    private static String milliseconds(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : value >= 0.1 ? "%.2f" : "%.3f", value);
    }

    /**
     * The lag as measured: the {@code observation} (timer lag) distribution of the blocking
     * implementation against the non-blocking one, in milliseconds.
     */
    public record Outcome(
            String blocking,
            String nonBlocking,
            String observation,
            Double blockingP50,
            Double blockingP99,
            Double nonBlockingP50,
            Double nonBlockingP99,
            String unit,
            Verdict verdict,
            String finding,
            String source,
            List<String> warnings) implements ClaimOutcome {
        @Override
        public ClaimResult present() {
            return new ClaimResult(KIND.name(), blocking + " against " + nonBlocking + " on the event loop", verdict, finding,
                    source, Table.cells(blocking, nonBlocking), warnings,
                    List.of(Table.verdictLine(source, finding, verdict,
                            "Blocking is *reproduced* when the blocking call's median timer lag is above the other's"
                                    + " 99th percentile.")),
                    null, null, null);
        }
    }
}
