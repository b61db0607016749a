package oxbench.report;

import oxbench.results.Format;

import oxbench.summary.Summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import oxbench.summary.Mark;
import oxbench.summary.Summary.Scaling;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Summary.StoryResult;
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
 * error bar; what the claims mark (a crossover) is marked. Drawn from the summary alone.
 */
public final class ScalingChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 640;

    private ScalingChart() {}

    /** The chart's file name in the run directory, e.g. {@code algorithm-scaling.png}. */
    public static String fileName(StoryResult story) {
        return story.story() + "-scaling.png";
    }

    /**
     * Whether {@code story} has a scaling table with at least two sizes measured: one size shows nothing
     * about scaling, and a log axis around one point spans decades of nothing.
     */
    public static boolean drawable(StoryResult story) {
        return story.scaling() != null && story.scaling().points().stream().filter(point -> point.score() != null)
                .map(ScalingPoint::size).distinct().count() >= 2;
    }

    /** Writes the chart of {@code story} (which must be {@link #drawable}) as PNG. */
    public static void write(StoryResult story, OutputStream out) throws IOException {
        BitmapEncoder.saveBitmap(chart(story), out, BitmapEncoder.BitmapFormat.PNG);
    }

    static XYChart chart(StoryResult story) {
        Scaling scaling = story.scaling();
        String unitOfWork = Format.unitOfWork(story.unit());
        double toMillis = Format.nanosPerScore(story.unit()) / 1e6;
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
        // Below the plot: legend lines that explain a capped line or a missing error bar are long.
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
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
            // zero or below cannot be drawn on a log axis: it is left out and the legend says so, rather
            // than cut at the axis as if the interval ended there.
            double[] errors = new double[measured.size()];
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < errors.length; i++) {
                Double error = measured.get(i).error();
                errors[i] = error == null ? 0 : error * toMillis;
                if (errors[i] >= millis[i]) {
                    errors[i] = 0;
                    open.add(measured.get(i).size());
                }
            }
            String name = label(impl.getKey(), impl.getValue()) + (open.isEmpty() ? ""
                    : " (no error bar at " + open.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                            + ": its interval reaches 0, below a log axis)");
            XYSeries series = chart.addSeries(name, sizes, millis, errors);
            series.setMarker(SeriesMarkers.CIRCLE);
        }

        // One label per crossover, each a step higher than the last (log axis) so that two nearby ones stay readable.
        double labelAt = lowest(scaling) * toMillis;
        for (Mark mark : ChartData.marks(story)) {
            chart.addAnnotation(new AnnotationLine(mark.at(), true, false));
            String text = markText(mark);
            chart.addAnnotation(new AnnotationText(text, labelCenter(chart, scaling, text, mark.at()), labelAt, false));
            labelAt *= 2;
        }
        return chart;
    }

    static String markText(Mark mark) {
        return String.format(Locale.ROOT, "%s at ~%,.0f", mark.label(), mark.at());
    }

    /**
     * Where (in sizes) to centre a crossover's label: at the line, moved sideways as far as needed for the
     * whole text to stay between the smallest and largest size on the plot (XChart centres text on its x).
     */
    static double labelCenter(XYChart chart, Scaling scaling, String text, double crossover) {
        // The axes are laid out by painting; the label's width is measured in the font it will be drawn in.
        BufferedImage scratch = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scratch.createGraphics();
        try {
            chart.paint(graphics, WIDTH, HEIGHT);
            double width = graphics.getFontMetrics(chart.getStyler().getAnnotationTextFont()).stringWidth(text);
            double left = chart.getScreenXFromChart(smallest(scaling)) + width / 2 + 4;
            double right = chart.getScreenXFromChart(largest(scaling)) - width / 2 - 4;
            double at = chart.getScreenXFromChart(crossover);
            double centre = left > right ? (left + right) / 2 : Math.max(left, Math.min(right, at));
            return chart.getChartXFromCoordinate((int) Math.round(centre));
        } finally {
            graphics.dispose();
        }
    }

    private static double smallest(Scaling scaling) {
        return scaling.points().stream().filter(point -> point.score() != null).mapToDouble(ScalingPoint::size).min().orElse(1);
    }

    private static double largest(Scaling scaling) {
        return scaling.points().stream().filter(point -> point.score() != null).mapToDouble(ScalingPoint::size).max().orElse(1);
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
