package oxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
