package oxbench.steady;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutliersTest {
    private static List<Integer> indexes(boolean[] outliers) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < outliers.length; i++) {
            if (outliers[i]) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    @Test
    void aConstantSeriesHasNone() {
        assertEquals(List.of(), indexes(Outliers.of(Synthetic.constant(500, 3.3))));
        assertEquals(List.of(), indexes(Outliers.of(Synthetic.constant(500, 0))));
        assertEquals(0, Outliers.of(new double[0]).length);
    }

    @Test
    void aSingleSpikeInAConstantSeriesIsOne() {
        double[] series = Synthetic.constant(300, 10);
        series[123] = 10.5;
        assertEquals(List.of(123), indexes(Outliers.of(series)));
    }

    @Test
    void spikesInNoiseAreOutliersAndTheNoiseIsNot() {
        double[] series = Synthetic.seed(5).level(600, 100, 0.01).set(0, 150).set(77, 60).set(300, 400).set(599, 130).series();
        assertEquals(List.of(0, 77, 300, 599), indexes(Outliers.of(series)));
    }

    @Test
    void aPointIsJudgedByTheWindowAroundItNotTheWholeSeries() {
        // over the whole series the median is about 125 and the range about 50: 150 would be within it
        double[] series = Synthetic.seed(6).level(300, 100, 0.005).level(300, 150, 0.005).set(50, 150).series();
        assertEquals(List.of(50), indexes(Outliers.of(series)));
    }

    @Test
    void aStepIsNoOutlier() {
        double[] series = Synthetic.seed(7).level(250, 300, 0.01).level(250, 100, 0.01).series();
        assertEquals(List.of(), indexes(Outliers.of(series)));
    }

    @Test
    void fromAnIndexOnItMarksTheSamePoints() {
        double[] series = Synthetic.seed(8).level(400, 100, 0.01).set(20, 300).set(250, 300).set(390, 300).series();
        boolean[] all = Outliers.of(series);
        boolean[] later = Outliers.of(series, 200);
        boolean[] expected = all.clone();
        java.util.Arrays.fill(expected, 0, 200, false);
        assertArrayEquals(expected, later);
        assertEquals(List.of(250, 390), indexes(later));
    }
}
