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

    static final String FACTOR_TITLE = "Claims";

    static final List<String> FACTOR_HEADER = List.of("claim", "claimed", "measured", "measured speedup", "interval", "verdict");

    static final String FACTOR_RULE = "A claim is *reproduced* when the whole speedup interval is at or above the claimed factor,"
            + " *not-reproduced* when it is entirely below, and *inconclusive* otherwise.";

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

    /**
     * A claim with no times of its own, only a factor: a team's claim about its own story (its manifest
     * names a factor and where it comes from), rather than one of the guide's.
     */
    public static SpeedupClaim factor(String baseline, String candidate, double speedup, String per, String source) {
        return new SpeedupClaim(baseline, candidate, speedup, null, null, per, source);
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s is %sx faster than %s%s", candidate, Format.number(speedup),
                baseline, guideBaseline == null ? " (" + source + ")" : " (" + guideBaseline + " -> " + guideCandidate + " per " + per + ")");
    }

    @Override
    public Outcome judge(Evidence evidence) {
        ImplementationResult base = evidence.row(baseline);
        ImplementationResult next = evidence.row(candidate);
        boolean bothMeasured = base != null && next != null && base.measured() && next.measured();
        List<String> warnings = ClaimWarnings.ofRows(base, next);
        Verdicts.Speedup measured = !bothMeasured || base.belowResolution() != null || next.belowResolution() != null
                ? null : Verdicts.speedup(base.score(), orNaN(base.ciLow()), orNaN(base.ciHigh()),
                        next.score(), orNaN(next.ciLow()), orNaN(next.ciHigh()));
        double claimUnits = evidence.claimUnitsPerUnit();
        return new Outcome(baseline, candidate, speedup,
                measured == null ? null : measured.value(),
                measured == null ? null : Verdicts.finite(measured.low()),
                measured == null ? null : Verdicts.finite(measured.high()),
                Verdict.of(Verdicts.verdict(speedup, measured)),
                guideBaseline, guideCandidate, per,
                base == null || !base.measured() ? null : base.score() / claimUnits,
                next == null || !next.measured() ? null : next.score() / claimUnits,
                timeUnit(evidence.unit()), source, setting(evidence), warnings);
    }

    /**
     * Which setting the guide's times belong to, when the story's speedup claims are checked against
     * both a baseline in oxbench's process (GraalVM's JIT) and one on the prototype's usual runtime
     * (an external driver: CPython, Node), or null when all their baselines are alike.
     */
    static String setting(Evidence evidence) {
        List<String> baselines = evidence.claims().stream()
                .filter(SpeedupClaim.class::isInstance).map(claim -> ((SpeedupClaim) claim).baseline()).distinct().toList();
        List<String> external = baselines.stream().filter(id -> evidence.row(id) != null
                && ImplementationResult.EXTERNAL.equals(evidence.row(id).methodology())).toList();
        if (external.isEmpty() || external.size() == baselines.size()) {
            return null;
        }
        List<String> inProcess = baselines.stream().filter(id -> !external.contains(id)).toList();
        return "The guide's times were taken in its own setting, the prototype on its usual runtime: the claims against "
                + String.join(", ", external) + " (a separate process) are checked in that setting; those against "
                + String.join(", ", inProcess) + " ask the same question of the prototype in oxbench's process, on"
                + " GraalVM with its JIT.";
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
     * @param setting           which setting the guide's times belong to, when the story's speedup claims
     *                          have baselines both in oxbench's process and on the prototype's usual
     *                          runtime, else null (see {@link SpeedupClaim#setting})
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
            boolean ownTimes = guideBaseline != null && guideCandidate != null;
            List<String> row = List.of(
                    candidate + " vs " + baseline,
                    Format.times(claimedSpeedup) + (ownTimes ? " (" + guideBaseline + " -> " + guideCandidate + perUnit + ")" : ""),
                    measuredBaseline == null || measuredCandidate == null ? "-"
                            : Format.time(measuredBaseline, timeUnit + "/") + " -> "
                                    + Format.time(measuredCandidate, timeUnit + "/") + perUnit,
                    measuredSpeedup == null ? "-" : Format.times(measuredSpeedup),
                    low == null ? "-" : "[" + Format.times(low) + ", " + Format.times(high) + "]",
                    verdict.label());
            String measured = measuredSpeedup == null ? "-" : Format.speedupWithInterval(measuredSpeedup, low, high);
            String finding = ownTimes
                    ? String.format(java.util.Locale.ROOT, "the guide claims %s (%s -> %s per %s); measured %s",
                            Format.times(claimedSpeedup), guideBaseline, guideCandidate, per, measured)
                    : "claimed " + Format.times(claimedSpeedup) + "; measured " + measured;
            return new ClaimResult(KIND.name(), candidate + " vs " + baseline, verdict, finding, source,
                    Table.cells(baseline, candidate), warnings,
                    List.of(new Table(ownTimes ? TITLE : FACTOR_TITLE, Table.cells(source), null, ownTimes ? HEADER : FACTOR_HEADER,
                            List.of(row), List.of(ownTimes ? RULE : FACTOR_RULE),
                            setting == null ? List.of() : List.of(setting))), null, null, null);
        }

        /** Format 0 kept neither the setting nor the warnings: both follow from the run's rows. */
        @Override
        public Outcome completed(Evidence evidence) {
            return new Outcome(baseline, candidate, claimedSpeedup, measuredSpeedup, low, high, verdict, guideBaseline,
                    guideCandidate, per, measuredBaseline, measuredCandidate, timeUnit, source,
                    setting == null ? SpeedupClaim.setting(evidence) : setting,
                    warnings == null || warnings.isEmpty()
                            ? ClaimWarnings.ofRows(evidence.row(baseline), evidence.row(candidate)) : warnings);
        }
    }
}
