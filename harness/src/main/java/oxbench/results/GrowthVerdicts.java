package oxbench.results;

import oxbench.summary.Summary;

import static oxbench.results.Verdicts.finite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import oxbench.summary.Summary.ExponentResult;
import oxbench.summary.Summary.GrowthClaimResult;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.story.GrowthClaim;
import oxbench.story.GrowthClaim.ExpectedGrowth;

/**
 * A {@link GrowthClaim} checked on a scaling table: "a better algorithm beats a faster language".
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
 */
public final class GrowthVerdicts {
    private GrowthVerdicts() {}

    /**
     * @param scaling  the story's scaling table (null for a story measured at one size only)
     * @param timeUnit the unit of every score, e.g. {@code us/call}
     */
    public static GrowthClaimResult of(GrowthClaim claim, Scaling scaling, String timeUnit) {
        if (scaling == null) {
            return new GrowthClaimResult(claim.challenger(), claim.incumbent(), null, null, null, null, timeUnit,
                    null, null, null, null, null, null, List.of(), Verdicts.INCONCLUSIVE,
                    "the story was measured at one size only, so nothing about growth can be said", claim.source());
        }
        Map<String, ExponentResult> exponents = claim.expected().stream()
                .map(expected -> exponent(expected, measured(scaling, expected.impl())))
                .collect(Collectors.toMap(ExponentResult::impl, Function.identity(), (a, b) -> a, LinkedHashMap::new));
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
            return new GrowthClaimResult(claim.challenger(), claim.incumbent(), unit, null, null, null, timeUnit,
                    null, null, null, null, null, null, List.copyOf(exponents.values()), Verdicts.INCONCLUSIVE,
                    claim.challenger() + " and " + claim.incumbent() + " were never both measured at one size",
                    claim.source());
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

        ExponentResult challengerGrowth = exponents.get(claim.challenger());
        ExponentResult incumbentGrowth = exponents.get(claim.incumbent());
        boolean fitted = challengerGrowth != null && incumbentGrowth != null
                && challengerGrowth.value() != null && incumbentGrowth.value() != null;
        boolean separated = fitted && challengerGrowth.high() < incumbentGrowth.low();
        boolean reversed = fitted && challengerGrowth.low() > incumbentGrowth.high();
        boolean allAsExpected = exponents.values().stream().allMatch(exponent -> Boolean.TRUE.equals(exponent.asExpected()));
        boolean beats = speedup.low() > 1;
        boolean loses = speedup.high() < 1;
        String verdict = beats && separated && allAsExpected ? Verdicts.REPRODUCED
                : loses || reversed ? Verdicts.NOT_REPRODUCED
                : Verdicts.INCONCLUSIVE;

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

        return new GrowthClaimResult(claim.challenger(), claim.incumbent(), unit, largest, challengerAt.score(),
                incumbentAt.score(), timeUnit, speedup.value(), finite(speedup.low()), finite(speedup.high()),
                crossover, between, crossoverNote, List.copyOf(exponents.values()), verdict, finding.toString(),
                claim.source());
    }

    /** "[1.7, 2.3]": an expected exponent range. */
    public static String range(ExponentResult exponent) {
        return String.format(Locale.ROOT, "[%.1f, %.1f]", exponent.expectedLow(), exponent.expectedHigh());
    }

    private static ExponentResult exponent(ExpectedGrowth expected, List<ScalingPoint> points) {
        if (points.size() < 3) {
            return new ExponentResult(expected.impl(), expected.complexity(), expected.low(), expected.high(),
                    null, null, null, null, points.size(), null,
                    "measured at " + points.size() + " size(s); a growth exponent needs three");
        }
        Growth.Exponent fitted = Growth.exponent(points.stream().map(ScalingPoint::size).toList(),
                points.stream().map(ScalingPoint::score).toList());
        boolean inRange = fitted.value() >= expected.low() && fitted.value() <= expected.high();
        return new ExponentResult(expected.impl(), expected.complexity(), expected.low(), expected.high(),
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
}
