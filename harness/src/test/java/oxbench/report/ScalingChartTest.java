package oxbench.report;

import oxbench.results.Format;
import oxbench.results.Json;
import oxbench.results.SummaryJsonTest;

import oxbench.report.ScalingChart;

import oxbench.report.Tables;

import oxbench.summary.Summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class ScalingChartTest {
    @Test
    void aScalingTableBecomesALogLogPngWithOneLinePerImplementation() throws Exception {
        Summary.StoryResult story = SummaryJsonTest.sample().stories().getFirst();
        assertEquals("fingerprint-scaling.png", ScalingChart.fileName(story));

        XYChart chart = ScalingChart.chart(story);
        assertTrue(chart.getStyler().isXAxisLogarithmic() && chart.getStyler().isYAxisLogarithmic());
        // rust@ffm was measured at both sizes; rust@graalwasm at none, so it has no line.
        assertEquals(List.of("rust@ffm"), List.copyOf(chart.getSeriesMap().keySet()));

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ScalingChart.write(story, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertNotNull(image, "a readable PNG");
        assertEquals(ScalingChart.WIDTH, image.getWidth());
        assertEquals(ScalingChart.HEIGHT, image.getHeight());
    }

    /** The sample story with its summary.json text edited by {@code edit}. */
    private static Summary.StoryResult edited(java.util.function.UnaryOperator<String> edit) throws Exception {
        String json = Json.MAPPER.writeValueAsString(SummaryJsonTest.sample());
        return Json.MAPPER.readValue(edit.apply(json), Summary.class).stories().getFirst();
    }

    @Test
    void aCrossoverLabelNearTheEndOfTheAxisStaysOnThePlot() throws Exception {
        Summary.StoryResult story = edited(json -> json.replace("\"at\" : 300.0", "\"at\" : 990.0"));
        oxbench.summary.Mark mark = ChartData.marks(story).getFirst();
        XYChart chart = ScalingChart.chart(story);
        String text = ScalingChart.markText(mark);
        double centre = ScalingChart.labelCenter(chart, story.scaling(), text, 990);
        assertTrue(centre < 990, "moved to the left of the line: " + centre);

        BufferedImage image = new BufferedImage(ScalingChart.WIDTH, ScalingChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        chart.paint(graphics, ScalingChart.WIDTH, ScalingChart.HEIGHT);
        double width = graphics.getFontMetrics(chart.getStyler().getAnnotationTextFont()).stringWidth(text);
        double x = chart.getScreenXFromChart(centre);
        assertTrue(x - width / 2 >= chart.getScreenXFromChart(100) && x + width / 2 <= chart.getScreenXFromChart(1000),
                "the whole label between the smallest and the largest size");
        graphics.dispose();

        double middle = ScalingChart.labelCenter(chart, story.scaling(), text, 316);
        assertEquals(316, middle, 316 * 0.02, "a label with room stays at its line");
    }

    @Test
    void anErrorBarReachingZeroIsLeftOutOfTheLogAxisAndSaidSo() throws Exception {
        Summary.StoryResult story = edited(json -> json.replaceFirst("\"error\" : 0.1", "\"error\" : 6.0"));
        XYChart chart = ScalingChart.chart(story);
        String name = "rust@ffm (no error bar at 100: its interval reaches 0, below a log axis)";
        assertEquals(List.of(name), List.copyOf(chart.getSeriesMap().keySet()));
        double[] errors = chart.getSeriesMap().get(name).getExtraValues();
        assertEquals(0, errors[0], "not drawn down to the axis as if the interval ended there");
        assertEquals(1.0 * Format.nanosPerScore(story.unit()) / 1e6, errors[1], 1e-12, "the other bar is drawn");
    }

    @Test
    void oneSizeMakesNoScalingChart() throws Exception {
        assertTrue(ScalingChart.drawable(SummaryJsonTest.sample().stories().getFirst()));
        assertFalse(ScalingChart.drawable(edited(json -> json.replaceFirst("\"score\" : 5.0", "\"score\" : null"))));
    }
}
