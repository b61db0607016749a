package oxbench.report;

import oxbench.results.Format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxbench.summary.Mark;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Summary.StoryResult;
import oxbench.report.Tables;

/**
 * What a page's charts show, as JSON for {@code charts.js}: values already converted into one
 * readable unit per chart, every point with its 99.9% interval. Never a value that was not measured.
 */
public final class ChartData {
    private ChartData() {}

    /** One drawable chart; {@code kind} tells charts.js how. */
    public sealed interface Chart permits Bars, Scaling, Trend {
        String id();
    }

    /** A value with its interval ends, in the chart's unit; {@code low}/{@code high} null when unknown. */
    public record Point(Object x, double value, Double low, Double high, String label) {}

    /** Time per implementation: bars on a log axis with error bars. */
    public record Bars(String id, String kind, String title, String unit, List<String> names, List<Point> points,
            List<String> statuses) implements Chart {}

    /** One line of a log-log or trend chart. */
    public record Series(String name, List<Point> points) {}

    /** Time against input size on log-log axes, with what the claims mark on it (a crossover). */
    public record Scaling(String id, String kind, String title, String xUnit, String unit, List<Series> series,
            Double crossover, String crossoverLabel) implements Chart {}

    /**
     * One measurement in a trend: {@code x} is its run's start time (epoch milliseconds), {@code run}
     * the run's id, whose report the point links to.
     */
    public record TrendPoint(long x, String run, double value, Double low, Double high, String label) {}

    /** One line of a trend chart: the runs of one comparable series. */
    public record TrendSeries(String name, List<TrendPoint> points) {}

    /** One story and implementation across runs, on a time axis; the regressions are marked. */
    public record Trend(String id, String kind, String title, String unit, List<TrendSeries> series,
            List<TrendPoint> regressions) implements Chart {}

    /** A display unit: the factor from the story's unit and its label. */
    record Unit(double factor, String label) {
        Point point(Object x, double value, Double low, Double high, String label) {
            return new Point(x, value * factor, scaled(low), scaled(high), label);
        }

        TrendPoint trendPoint(long x, String run, double value, Double low, Double high, String label) {
            return new TrendPoint(x, run, value * factor, scaled(low), scaled(high), label);
        }

        private Double scaled(Double value) {
            return value == null ? null : value * factor;
        }
    }

    /** The unit (ns, us, ms or s per unit of work) that shows the largest of {@code scores} (story unit) below 1000. */
    static Unit unit(String storyUnit, List<Double> scores) {
        double nanos = Format.nanosPerScore(storyUnit);
        double largest = scores.stream().mapToDouble(Double::doubleValue).max().orElse(1) * nanos;
        String per = Format.unitOfWork(storyUnit);
        if (largest >= 1e9) {
            return new Unit(nanos / 1e9, "s per " + per);
        }
        if (largest >= 1e6) {
            return new Unit(nanos / 1e6, "ms per " + per);
        }
        if (largest >= 1e3) {
            return new Unit(nanos / 1e3, "us per " + per);
        }
        return new Unit(nanos, "ns per " + per);
    }

    /** The bar chart of a story's main rows (measured implementations only). */
    public static Bars bars(StoryResult story, String id) {
        List<ImplementationResult> measured = story.implementations().stream().filter(ImplementationResult::measured).toList();
        Unit unit = unit(story.unit(), measured.stream().map(ImplementationResult::score).toList());
        return new Bars(id, "bars", story.story() + ": time per " + Format.unitOfWork(story.unit())
                + " (log scale, 99.9% error bars)", unit.label(),
                measured.stream().map(ImplementationResult::impl).toList(),
                measured.stream().map(impl -> unit.point(impl.impl(), impl.score(), impl.ciLow(), impl.ciHigh(), null)).toList(),
                measured.stream().map(impl -> impl.status().label()).toList());
    }

    /**
     * The log-log chart of a story's scaling table, or null if it has none or measured fewer than two
     * sizes (one size shows nothing about scaling, and a log axis around one point spans decades of nothing).
     */
    public static Scaling scaling(StoryResult story, String id) {
        if (story.scaling() == null) {
            return null;
        }
        List<ScalingPoint> measured = story.scaling().points().stream().filter(point -> point.score() != null).toList();
        if (measured.stream().map(ScalingPoint::size).distinct().count() < 2) {
            return null;
        }
        Unit unit = unit(story.unit(), measured.stream().map(ScalingPoint::score).toList());
        Map<String, List<Point>> lines = new LinkedHashMap<>();
        for (ScalingPoint point : measured) {
            lines.computeIfAbsent(point.impl(), impl -> new ArrayList<>())
                    .add(unit.point(point.size(), point.score(), point.ciLow(), point.ciHigh(), null));
        }
        Mark mark = marks(story).stream().findFirst().orElse(null);
        return new Scaling(id, "scaling", story.story() + ": time against input size (log-log, 99.9% error bars)",
                story.scaling().unit(), unit.label(),
                lines.entrySet().stream().map(line -> new Series(line.getKey(), line.getValue())).toList(),
                mark == null ? null : mark.at(),
                mark == null ? null : String.format(java.util.Locale.ROOT, "crossover ~%.0f %s: %s",
                        mark.at(), story.scaling().unit(), mark.label()));
    }

    /** What the story's claims mark on the scaling table's size axis (e.g. crossovers), in claim order. */
    static List<Mark> marks(StoryResult story) {
        return story.claims().stream().flatMap(claim -> claim.marks().stream()).toList();
    }
}
