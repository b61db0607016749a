package oxbench.claims;

import java.util.ArrayList;
import java.util.List;
import oxbench.results.Format;
import oxbench.results.Verdicts;
import oxbench.story.Claim;
import oxbench.story.ClaimKind;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.summary.ClaimResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Table;
import oxbench.summary.Verdict;

/**
 * A claim that going from {@code baseline} to {@code candidate} makes the story's function
 * {@code speedup} times faster: the kind most stories make. Reproduced when the whole speedup
 * interval (see {@link Verdicts}) is at or above the claimed factor, not reproduced when it is
 * entirely below, inconclusive otherwise; a side below the timer's resolution is never divided by.
 *
 * @param guideBaseline  the guide's own "before" time, e.g. {@code 200 ms}
 * @param guideCandidate the guide's own "after" time, e.g. {@code 2 ms}
 * @param per            what the guide's times are per, e.g. {@code file}, {@code 1000 patterns}
 *                       (see {@code Story#claimUnitsPerUnit})
 * @param source         what the guide says, quoted for the report
 */
public record SpeedupClaim(String baseline, String candidate, double speedup, String guideBaseline,
        String guideCandidate, String per, String source) implements Claim<SpeedupClaim.Outcome> {
    public static final ClaimKind<Outcome> KIND = new ClaimKind<>("speedup", Outcome.class);

    static final List<String> HEADER = List.of("claim", "guide", "measured", "measured speedup", "interval", "verdict");

    static final String TITLE = "The guide's claims";

    static final String RULE = "A claim is *reproduced* when the whole speedup interval is at or above the claimed factor,"
            + " *not-reproduced* when it is entirely below, and *inconclusive* otherwise. *Measured* is the"
            + " same comparison in the guide's unit, beside the guide's own times.";

    @Override
    public ClaimKind<Outcome> kind() {
        return KIND;
    }

    @Override
    public List<String> impls() {
        return List.of(baseline, candidate);
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s is %.0fx faster than %s (%s -> %s per %s)", candidate, speedup,
                baseline, guideBaseline, guideCandidate, per);
    }

    @Override
    public Outcome judge(Evidence evidence) {
        ImplementationResult base = evidence.row(baseline);
        ImplementationResult next = evidence.row(candidate);
        boolean bothMeasured = base != null && next != null && base.measured() && next.measured();
        List<String> warnings = new ArrayList<>();
        for (ImplementationResult row : new ImplementationResult[] {base, next}) {
            if (row != null && row.belowResolution() != null) {
                warnings.add(row.impl() + "'s score is below the timer's resolution, so no speedup is computed with it");
            } else if (row != null && row.measured() && Boolean.FALSE.equals(row.settled())) {
                warnings.add(String.format(java.util.Locale.ROOT, "%s had not settled (%+.1f%% drift over a fork)",
                        row.impl(), row.drift() * 100));
            }
        }
        Verdicts.Speedup measured = !bothMeasured || base.belowResolution() != null || next.belowResolution() != null
                ? null : Verdicts.speedup(base.score(), orNaN(base.ciLow()), orNaN(base.ciHigh()),
                        next.score(), orNaN(next.ciLow()), orNaN(next.ciHigh()));
        String setting = base != null && ImplementationResult.EXTERNAL.equals(base.methodology())
                ? baseline + " ran in a separate process, the prototype on its usual runtime: the guide's own setting" : null;
        double claimUnits = evidence.claimUnitsPerUnit();
        return new Outcome(baseline, candidate, speedup,
                measured == null ? null : measured.value(),
                measured == null ? null : Verdicts.finite(measured.low()),
                measured == null ? null : Verdicts.finite(measured.high()),
                Verdict.of(Verdicts.verdict(speedup, measured)),
                guideBaseline, guideCandidate, per,
                base == null || !base.measured() ? null : base.score() / claimUnits,
                next == null || !next.measured() ? null : next.score() / claimUnits,
                timeUnit(evidence.unit()), source, setting, warnings);
    }

    private static String timeUnit(String scoreUnit) {
        return scoreUnit.substring(0, scoreUnit.indexOf('/'));
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    /**
     * A claimed speedup as measured, at the run's own size.
     *
     * @param measuredBaseline  the baseline's measured time per {@code per}, in {@code timeUnit}
     * @param measuredCandidate the candidate's measured time per {@code per}, in {@code timeUnit}
     * @param timeUnit          e.g. {@code us}
     * @param setting           set when the baseline is the prototype on its usual runtime (the guide's
     *                          own setting), else null (runs before format 1 have none)
     */
    public record Outcome(
            String baseline,
            String candidate,
            double claimedSpeedup,
            Double measuredSpeedup,
            Double low,
            Double high,
            Verdict verdict,
            String guideBaseline,
            String guideCandidate,
            String per,
            Double measuredBaseline,
            Double measuredCandidate,
            String timeUnit,
            String source,
            String setting,
            List<String> warnings) implements ClaimOutcome {

        @Override
        public ClaimResult present() {
            String perUnit = " per " + per;
            List<String> row = List.of(
                    candidate + " vs " + baseline,
                    Format.times(claimedSpeedup) + " (" + guideBaseline + " -> " + guideCandidate + perUnit + ")",
                    measuredBaseline == null || measuredCandidate == null ? "-"
                            : Format.time(measuredBaseline, timeUnit + "/") + " -> "
                                    + Format.time(measuredCandidate, timeUnit + "/") + perUnit,
                    measuredSpeedup == null ? "-" : Format.times(measuredSpeedup),
                    low == null ? "-" : "[" + Format.times(low) + ", " + Format.times(high) + "]",
                    verdict.label());
            List<String> notes = new ArrayList<>(List.of(RULE));
            if (setting != null) {
                notes.add("The guide's times were taken in its own setting: " + setting + ". The claims against the"
                        + " prototype in oxbench's process ask the same question of it on GraalVM with its JIT.");
            }
            String finding = String.format(java.util.Locale.ROOT, "the guide claims %s (%s -> %s per %s); measured %s",
                    Format.times(claimedSpeedup), guideBaseline, guideCandidate, per,
                    measuredSpeedup == null ? "-" : Format.speedupWithInterval(measuredSpeedup, low, high));
            return new ClaimResult(KIND.name(), candidate + " vs " + baseline, verdict, finding, source,
                    Table.cells(baseline, candidate), warnings,
                    List.of(new Table(TITLE, Table.cells(source), null, HEADER, List.of(row), notes)), null, null, null);
        }
    }
}
