package oxbench.stories.vowels;

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
 * A claim kind of the example story: {@code slower} takes at most {@code factor} times as long as
 * {@code faster}. Reproduced when the whole interval of the ratio is at or under the factor,
 * not reproduced when it is entirely above, inconclusive otherwise.
 */
record AtMostSlowerClaim(String slower, String faster, double factor, String source)
        implements Claim<AtMostSlowerClaim.Outcome> {
    static final ClaimKind<Outcome> KIND = new ClaimKind<>("at-most-slower", Outcome.class);

    @Override
    public ClaimKind<Outcome> kind() {
        return KIND;
    }

    @Override
    public List<String> impls() {
        return List.of(slower, faster);
    }

    @Override
    public String describe() {
        return slower + " takes at most " + Format.number(factor) + "x as long as " + faster;
    }

    @Override
    public Outcome judge(Evidence evidence) {
        ImplementationResult a = evidence.row(slower);
        ImplementationResult b = evidence.row(faster);
        if (a == null || b == null || !a.measured() || !b.measured() || a.ciLow() == null || b.ciLow() == null
                || a.belowResolution() != null || b.belowResolution() != null) {
            return new Outcome(slower, faster, factor, null, null, null, Verdict.INCONCLUSIVE, source);
        }
        Verdicts.Speedup ratio = Verdicts.speedup(a.score(), a.ciLow(), a.ciHigh(), b.score(), b.ciLow(), b.ciHigh());
        Verdict verdict = ratio.high() <= factor ? Verdict.REPRODUCED
                : ratio.low() > factor ? Verdict.NOT_REPRODUCED : Verdict.INCONCLUSIVE;
        return new Outcome(slower, faster, factor, ratio.value(), Verdicts.finite(ratio.low()), Verdicts.finite(ratio.high()),
                verdict, source);
    }

    /** The ratio as measured: {@code slower}'s time over {@code faster}'s, with its interval. */
    record Outcome(String slower, String faster, double factor, Double ratio, Double low, Double high, Verdict verdict,
            String source) implements ClaimOutcome {
        @Override
        public ClaimResult present() {
            String measured = ratio == null ? "-" : Format.speedupWithInterval(ratio, low, high);
            String finding = slower + " takes " + measured + " as long as " + faster;
            Table table = new Table("How much slower", Table.cells(source), null,
                    List.of("claim", "at most", "measured", "verdict"),
                    List.of(Table.cells(slower + " / " + faster, Format.times(factor), measured, verdict.label())),
                    List.of("Reproduced when the whole interval of the ratio is at or under the factor."));
            return new ClaimResult(KIND.name(), slower + " against " + faster, verdict, finding, source,
                    Table.cells(slower, faster), List.of(), List.of(table), null, null, null);
        }
    }
}
