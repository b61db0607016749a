package oxbench.stories.boundary;

import java.util.List;
import java.util.Locale;
import oxbench.claims.ClaimWarnings;
import oxbench.results.Format;
import oxbench.story.Claim;
import oxbench.story.ClaimKind;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.summary.ClaimResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Table;
import oxbench.summary.Verdict;

/**
 * A claim that one call of {@code impl} costs at most {@code limitNanos} per unit of work: a
 * target, such as "a trivial Java -> native call within 3x of the best published FFM figure".
 * Reproduced when the whole 99.9% interval of its time per unit is at or under the limit, not
 * reproduced when the whole interval is above it, inconclusive otherwise (or when it was not measured,
 * or its score is below the timer's resolution and so measures nothing).
 *
 * @param what   the thing limited, for the verdict line, e.g. {@code a trivial Java -> native call}
 * @param source where the limit comes from, quoted for the report
 */
public record LimitClaim(String impl, double limitNanos, String what, String source) implements Claim<LimitClaim.Outcome> {
    public static final ClaimKind<Outcome> KIND = new ClaimKind<>("limit", Outcome.class);

    @Override
    public ClaimKind<Outcome> kind() {
        return KIND;
    }

    @Override
    public List<String> impls() {
        return List.of(impl);
    }

    @Override
    public String describe() {
        return what + " costs at most " + limitNanos + " ns (" + impl + ")";
    }

    @Override
    public Outcome judge(Evidence evidence) {
        ImplementationResult measured = evidence.row(impl);
        if (measured == null || !measured.measured()) {
            return new Outcome(impl, what, limitNanos, null, null, null, Verdict.INCONCLUSIVE, what + " was not measured in this run"
                    + (measured == null || measured.message() == null ? "" : ": " + measured.message()), source, List.of());
        }
        double perNano = Format.nanosPerScore(measured.unit());
        double nanos = measured.score() * perNano;
        Double low = measured.ciLow() == null ? null : measured.ciLow() * perNano;
        Double high = measured.ciHigh() == null ? null : measured.ciHigh() * perNano;
        List<String> warnings = ClaimWarnings.ofRows(measured);
        Verdict verdict = low == null || measured.belowResolution() != null ? Verdict.INCONCLUSIVE
                : high <= limitNanos ? Verdict.REPRODUCED
                : low > limitNanos ? Verdict.NOT_REPRODUCED
                : Verdict.INCONCLUSIVE;
        String interval = low == null ? "" : String.format(Locale.ROOT, " [%.2f, %.2f]", low, high);
        String finding = String.format(Locale.ROOT, "%s costs %.2f ns%s (%s); the limit is %s ns",
                what, nanos, interval, impl, Format.number(limitNanos));
        return new Outcome(impl, what, limitNanos, nanos, low, high, verdict, finding, source, warnings);
    }

    /**
     * The limit as measured: {@code impl}'s time per unit of work in nanoseconds, with its 99.9% interval.
     *
     * @param warnings what weakens the verdict (an unsettled row, a score below resolution); null in format 0
     */
    public record Outcome(
            String impl,
            String what,
            double limitNanos,
            Double measuredNanos,
            Double lowNanos,
            Double highNanos,
            Verdict verdict,
            String finding,
            String source,
            List<String> warnings) implements ClaimOutcome {
        @Override
        public ClaimResult present() {
            return new ClaimResult(KIND.name(), what, verdict, finding, source, Table.cells(impl), warnings,
                    List.of(Table.verdictLine(source, finding, verdict,
                            "A *reproduced* limit has its whole 99.9% interval under the limit.")),
                    null, null, null);
        }
    }
}
