package oxbench.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import oxbench.results.Summary.GrowthClaimResult;
import oxbench.results.Summary.Scaling;
import oxbench.results.Summary.ScalingPoint;
import oxbench.results.Summary.StoryResult;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A story's scaling table as a log-log chart (PNG, drawn by XChart): time per unit of work against
 * input size, one line per implementation through its measured sizes, each point with its 99.9%
 * error bar; a growth claim's crossover is marked. Drawn from the summary alone.
 */
public final class ScalingChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 640;

    private ScalingChart() {}

    /** The chart's file name in the run directory, e.g. {@code algorithm-scaling.png}. */
    public static String fileName(StoryResult story) {
        return story.story() + "-scaling.png";
    }

    /** Writes the chart of {@code story} (which must have a scaling table) as PNG. */
    public static void write(StoryResult story, OutputStream out) throws IOException {
        BitmapEncoder.saveBitmap(chart(story), out, BitmapEncoder.BitmapFormat.PNG);
    }

    static XYChart chart(StoryResult story) {
        Scaling scaling = story.scaling();
        String unitOfWork = Tables.unitOfWork(story.unit());
        double toMillis = Tables.nanosPerScore(story.unit()) / 1e6;
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(story.story() + ": time per " + unitOfWork + " against input size (log-log)")
                .xAxisTitle(scaling.unit())
                .yAxisTitle("ms per " + unitOfWork + " (99.9% error bars)")
                .build();
        XYStyler styler = chart.getStyler();
        styler.setXAxisLogarithmic(true);
        styler.setYAxisLogarithmic(true);
        styler.setXAxisDecimalPattern("#,##0");
        styler.setYAxisDecimalPattern("#,##0.###");
        styler.setErrorBarsColorSeriesColor(true);
        styler.setLegendPosition(Styler.LegendPosition.InsideNW);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(225, 225, 225));
        styler.setAntiAlias(true);
        styler.setAnnotationLineColor(Color.DARK_GRAY);
        styler.setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10, new float[] {6, 4}, 0));

        for (Map.Entry<String, List<ScalingPoint>> impl : byImplementation(scaling).entrySet()) {
            List<ScalingPoint> measured = impl.getValue().stream().filter(point -> point.score() != null).toList();
            if (measured.isEmpty()) {
                continue;
            }
            double[] sizes = measured.stream().mapToDouble(ScalingPoint::size).toArray();
            double[] millis = measured.stream().mapToDouble(point -> point.score() * toMillis).toArray();
            // Half-widths above and below may differ; the larger keeps the bar honest. A bar reaching
            // zero cannot be drawn on a log axis, so it is cut just above it.
            double[] errors = new double[measured.size()];
            for (int i = 0; i < errors.length; i++) {
                Double error = measured.get(i).error();
                errors[i] = error == null ? 0 : Math.min(error * toMillis, millis[i] * 0.999);
            }
            XYSeries series = chart.addSeries(label(impl.getKey(), impl.getValue()), sizes, millis, errors);
            series.setMarker(SeriesMarkers.CIRCLE);
        }

        // One label per crossover, each a step higher than the last (log axis) so that two nearby ones stay readable.
        double labelAt = lowest(scaling) * toMillis;
        for (GrowthClaimResult claim : Tables.growthClaims(story)) {
            if (claim.crossover() != null) {
                chart.addAnnotation(new AnnotationLine(claim.crossover(), true, false));
                chart.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%s overtakes %s at ~%,.0f",
                        claim.challenger(), claim.incumbent(), claim.crossover()), claim.crossover(), labelAt, false));
                labelAt *= 2;
            }
        }
        return chart;
    }

    /** "impl", or "impl (capped from N)" when its line stops at the time cap. */
    private static String label(String impl, List<ScalingPoint> points) {
        return points.stream().filter(point -> point.score() == null).findFirst()
                .map(point -> impl + " (" + point.status() + " from " + point.size() + ")")
                .orElse(impl);
    }

    private static Map<String, List<ScalingPoint>> byImplementation(Scaling scaling) {
        Map<String, List<ScalingPoint>> byImpl = new LinkedHashMap<>();
        for (ScalingPoint point : scaling.points()) {
            byImpl.computeIfAbsent(point.impl(), impl -> new ArrayList<>()).add(point);
        }
        return byImpl;
    }

    private static double lowest(Scaling scaling) {
        return scaling.points().stream().filter(point -> point.score() != null)
                .mapToDouble(ScalingPoint::score).min().orElse(1);
    }
}
