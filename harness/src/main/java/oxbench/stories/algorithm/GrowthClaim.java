package oxbench.stories.algorithm;

import static oxbench.results.Verdicts.finite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import oxbench.claims.ClaimWarnings;
import oxbench.results.Format;
import oxbench.results.Verdicts;
import oxbench.story.Claim;
import oxbench.story.ClaimKind;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.summary.ClaimResult;
import oxbench.summary.Complexity;
import oxbench.summary.Mark;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Table;
import oxbench.summary.Verdict;

/**
 * The guide's "a better algorithm beats a faster language", checked on the scaling table:
 * {@code challenger} (the better algorithm) becomes faster than {@code incumbent} (the faster
 * language) as the input grows, and every listed implementation grows as its algorithm says.
 *
 * <p>The claim is
 * <ul>
 *   <li><b>reproduced</b> when, at the largest size both were measured at, the challenger is faster
 *       than the incumbent with the whole speedup interval above 1 (intervals as in {@link Verdicts}),
 *       every fitted exponent lies in its algorithm's expected range, and the challenger's 95%
 *       exponent interval lies entirely below the incumbent's;</li>
 *   <li><b>not-reproduced</b> when the incumbent is still faster there with the whole interval below 1,
 *       or the challenger's exponent interval lies entirely above the incumbent's;</li>
 *   <li><b>inconclusive</b> otherwise (overlapping intervals, an exponent outside its range, fewer than
 *       three measured sizes, a side not measured); the finding says what was seen.</li>
 * </ul>
 *
 * @param expected the exponent range each implementation's fitted {@code time ~ n^k} must fall in
 * @param source   what the guide says, quoted for the report
 */
public record GrowthClaim(String challenger, String incumbent, List<Expected> expected, String source)
        implements Claim<GrowthClaim.Outcome> {
    public static final ClaimKind<Outcome> KIND = new ClaimKind<>("growth", Outcome.class);

    static final List<String> HEADER =
            List.of("implementation", "algorithm", "expected exponent", "fitted exponent", "95% interval", "sizes", "as expected");

    public GrowthClaim {
        expected = List.copyOf(expected);
    }

    /**
     * How one implementation should grow.
     *
     * @param complexity the algorithm's order, e.g. {@code O(n^2)}
     * @param low        the smallest fitted exponent that agrees with it
     * @param high       the largest
     */
    public record Expected(String impl, String complexity, double low, double high) {}

    @Override
    public ClaimKind<Outcome> kind() {
        return KIND;
    }

    @Override
    public List<String> impls() {
        return List.of(challenger, incumbent);
    }

    @Override
    public String describe() {
        return challenger + " overtakes " + incumbent + " as the input grows (" + expected.stream()
                .map(e -> e.impl() + " " + e.complexity()).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public Outcome judge(Evidence evidence) {
        return judge(this, evidence.scaling(), evidence.unit());
    }

    private static Outcome judge(GrowthClaim claim, Scaling scaling, String timeUnit) {
        if (scaling == null) {
            return new Outcome(claim.challenger(), claim.incumbent(), null, null, null, null, timeUnit,
                    null, null, null, null, null, null, List.of(), Verdict.INCONCLUSIVE,
                    "the story was measured at one size only, so nothing about growth can be said", claim.source(), List.of());
        }
        Map<String, Exponent> exponents = claim.expected().stream()
                .map(expected -> exponent(expected, measured(scaling, expected.impl())))
                .collect(Collectors.toMap(Exponent::impl, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<ScalingPoint> challenger = measured(scaling, claim.challenger());
        List<ScalingPoint> incumbent = measured(scaling, claim.incumbent());
        List<Integer> common = new ArrayList<>();
        List<Double> challengerTimes = new ArrayList<>();
        List<Double> incumbentTimes = new ArrayList<>();
        for (ScalingPoint point : challenger) {
            incumbent.stream().filter(other -> other.size() == point.size()).findFirst().ifPresent(other -> {
                common.add(point.size());
                challengerTimes.add(point.score());
                incumbentTimes.add(other.score());
            });
        }
        String unit = scaling.unit();
        if (common.isEmpty()) {
            return new Outcome(claim.challenger(), claim.incumbent(), unit, null, null, null, timeUnit,
                    null, null, null, null, null, null, List.copyOf(exponents.values()), Verdict.INCONCLUSIVE,
                    claim.challenger() + " and " + claim.incumbent() + " were never both measured at one size",
                    claim.source(), List.of());
        }
        int last = common.size() - 1;
        int largest = common.get(last);
        ScalingPoint challengerAt = at(challenger, largest);
        ScalingPoint incumbentAt = at(incumbent, largest);
        Verdicts.Speedup speedup = Verdicts.speedup(incumbentAt.score(), orNaN(incumbentAt.ciLow()), orNaN(incumbentAt.ciHigh()),
                challengerAt.score(), orNaN(challengerAt.ciLow()), orNaN(challengerAt.ciHigh()));

        Double crossover = Growth.crossover(common, challengerTimes, incumbentTimes);
        List<Integer> between = null;
        String crossoverNote = null;
        if (crossover != null) {
            int after = 1;
            while (common.get(after) < crossover) {
                after++;
            }
            between = List.of(common.get(after - 1), common.get(after));
        } else if (challengerTimes.getFirst() <= incumbentTimes.getFirst()) {
            crossoverNote = claim.challenger() + " is faster already at the smallest size measured (" + common.getFirst() + " " + unit + ")";
        } else {
            crossoverNote = claim.challenger() + " stays slower up to the largest size measured (" + largest + " " + unit + ")";
        }

        Exponent challengerGrowth = exponents.get(claim.challenger());
        Exponent incumbentGrowth = exponents.get(claim.incumbent());
        boolean fitted = challengerGrowth != null && incumbentGrowth != null
                && challengerGrowth.value() != null && incumbentGrowth.value() != null;
        boolean separated = fitted && challengerGrowth.high() < incumbentGrowth.low();
        boolean reversed = fitted && challengerGrowth.low() > incumbentGrowth.high();
        boolean allAsExpected = exponents.values().stream().allMatch(exponent -> Boolean.TRUE.equals(exponent.asExpected()));
        boolean beats = speedup.low() > 1;
        boolean loses = speedup.high() < 1;
        Verdict verdict = beats && separated && allAsExpected ? Verdict.REPRODUCED
                : loses || reversed ? Verdict.NOT_REPRODUCED
                : Verdict.INCONCLUSIVE;

        StringBuilder finding = new StringBuilder();
        finding.append(String.format(Locale.ROOT, "at %d %s %s takes %s and %s %s: %s %s", largest, unit,
                claim.challenger(), Format.time(challengerAt.score(), timeUnit), claim.incumbent(),
                Format.time(incumbentAt.score(), timeUnit),
                speedup.value() >= 1 ? "the better algorithm is" : "the faster language is",
                Format.speedupWithInterval(speedup.value() >= 1 ? speedup.value() : 1 / speedup.value(),
                        finite(speedup.value() >= 1 ? speedup.low() : 1 / speedup.high()),
                        finite(speedup.value() >= 1 ? speedup.high() : 1 / speedup.low()))
                        + " faster"));
        if (crossover != null) {
            finding.append(String.format(Locale.ROOT, "; it overtakes at about %,.0f %s (between %d and %d)",
                    crossover, unit, between.get(0), between.get(1)));
        } else {
            finding.append("; ").append(crossoverNote);
        }
        List<String> growth = exponents.values().stream().filter(exponent -> exponent.value() != null)
                .map(exponent -> String.format(Locale.ROOT, "%s n^%.2f", exponent.impl(), exponent.value())).toList();
        if (!growth.isEmpty()) {
            finding.append("; growth ").append(String.join(", ", growth));
        }
        List<String> outside = exponents.values().stream().filter(exponent -> Boolean.FALSE.equals(exponent.asExpected()))
                .map(exponent -> exponent.impl() + " outside " + range(exponent)).toList();
        if (!outside.isEmpty()) {
            finding.append(" (").append(String.join(", ", outside)).append(')');
        }
        if (fitted && !separated && !reversed) {
            finding.append("; the exponents' 95% intervals overlap");
        }
        exponents.values().stream().filter(exponent -> exponent.message() != null)
                .forEach(exponent -> finding.append("; ").append(exponent.impl()).append(": ").append(exponent.message()));

        return new Outcome(claim.challenger(), claim.incumbent(), unit, largest, challengerAt.score(),
                incumbentAt.score(), timeUnit, speedup.value(), finite(speedup.low()), finite(speedup.high()),
                crossover, between, crossoverNote, List.copyOf(exponents.values()), verdict, finding.toString(),
                claim.source(), ClaimWarnings.ofPoints(unit, List.of(challengerAt, incumbentAt)));
    }

    /** "[1.7, 2.3]": an expected exponent range. */
    public static String range(Exponent exponent) {
        return String.format(Locale.ROOT, "[%.1f, %.1f]", exponent.expectedLow(), exponent.expectedHigh());
    }

    private static Exponent exponent(Expected expected, List<ScalingPoint> points) {
        if (points.size() < 3) {
            return new Exponent(expected.impl(), expected.complexity(), expected.low(), expected.high(),
                    null, null, null, null, points.size(), null,
                    "measured at " + points.size() + " size(s); a growth exponent needs three");
        }
        Growth.Exponent fitted = Growth.exponent(points.stream().map(ScalingPoint::size).toList(),
                points.stream().map(ScalingPoint::score).toList());
        boolean inRange = fitted.value() >= expected.low() && fitted.value() <= expected.high();
        return new Exponent(expected.impl(), expected.complexity(), expected.low(), expected.high(),
                fitted.value(), fitted.standardError(), fitted.low(), fitted.high(), fitted.points(), inRange, null);
    }

    /** The implementation's measured points, ascending by size. */
    private static List<ScalingPoint> measured(Scaling scaling, String impl) {
        return scaling.points().stream()
                .filter(point -> point.impl().equals(impl) && point.score() != null)
                .sorted(Comparator.comparingInt(ScalingPoint::size))
                .toList();
    }

    private static ScalingPoint at(List<ScalingPoint> points, int size) {
        return points.stream().filter(point -> point.size() == size).findFirst().orElseThrow();
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    /**
     * The claim as measured.
     *
     * @param unit             what a size counts (the scaling table's unit)
     * @param largestSize      the largest size at which both were measured, or null
     * @param challengerScore  the challenger's time there, in {@code timeUnit}
     * @param incumbentScore   the incumbent's time there
     * @param speedup          incumbent / challenger there, with its interval (as for speedups)
     * @param crossover        the size where the challenger becomes faster, interpolated on log-log
     *                         scales, or null (see {@code crossoverNote})
     * @param crossoverBetween the two measured sizes the crossover lies between, or null
     * @param crossoverNote    why there is no crossover, or null
     * @param exponents        each implementation's fitted growth against its expected range
     * @param finding          what was seen, in one sentence
     */
    public record Outcome(
            String challenger,
            String incumbent,
            String unit,
            Integer largestSize,
            Double challengerScore,
            Double incumbentScore,
            String timeUnit,
            Double speedup,
            Double low,
            Double high,
            Double crossover,
            List<Integer> crossoverBetween,
            String crossoverNote,
            List<Exponent> exponents,
            Verdict verdict,
            String finding,
            String source,
            List<String> warnings) implements ClaimOutcome {

        /** "challenger against incumbent as the input grows" */
        String title() {
            return challenger + " against " + incumbent + " as the input grows";
        }

        @Override
        public ClaimResult present() {
            List<List<String>> rows = new ArrayList<>();
            for (Exponent exponent : exponents) {
                boolean fitted = exponent.value() != null;
                rows.add(List.of(
                        exponent.impl(),
                        exponent.complexity(),
                        range(exponent),
                        fitted ? String.format(Locale.ROOT, "%.2f ± %.2f", exponent.value(), exponent.standardError()) : "-",
                        fitted ? String.format(Locale.ROOT, "[%.2f, %.2f]", exponent.low(), exponent.high()) : "-",
                        String.valueOf(exponent.points()),
                        exponent.asExpected() == null ? "-" : exponent.asExpected() ? "yes" : "no"));
            }
            String rule = "Exponents are least-squares slopes of log time against log size over each implementation's measured"
                    + " sizes, with their standard error and 95% interval (Student's t). The claim is *reproduced* when, at the"
                    + " largest size both were measured at, " + challenger + " is faster than " + incumbent
                    + " with the whole speedup interval above 1, every exponent lies in its expected range, and " + challenger
                    + "'s exponent interval lies entirely below " + incumbent + "'s; *not-reproduced* when " + incumbent
                    + " is still faster there (whole interval below 1) or the exponents separate the other way; and"
                    + " *inconclusive* otherwise. The crossover is interpolated on log-log scales between the two measured"
                    + " sizes around it.";
            Table table = new Table(title() + ": " + verdict.label(), Table.cells(source), finding, HEADER, rows, List.of(rule));
            List<Mark> marks = crossover == null ? List.of() : List.of(new Mark(crossover,
                    challenger + " overtakes " + incumbent));
            List<Complexity> complexities = exponents.stream()
                    .map(e -> new Complexity(e.impl(), e.complexity(), e.expectedLow(), e.expectedHigh(), e.value())).toList();
            return new ClaimResult(KIND.name(), title(), verdict, finding, source, Table.cells(challenger, incumbent), warnings,
                    List.of(table), marks, complexities, null);
        }
    }

    /**
     * One implementation's growth: the exponent k of {@code time ~ n^k} fitted over its measured
     * sizes (least squares on log-log) with its standard error and 95% interval, and whether it lies
     * in the range its algorithm predicts.
     *
     * @param asExpected null when there are fewer than three measured sizes (see {@code message})
     */
    public record Exponent(
            String impl,
            String complexity,
            double expectedLow,
            double expectedHigh,
            Double value,
            Double standardError,
            Double low,
            Double high,
            int points,
            Boolean asExpected,
            String message) {}
}
