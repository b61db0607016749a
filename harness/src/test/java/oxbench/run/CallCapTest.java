package oxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallCapTest {
    @Test
    void thePredictionExtendsTheLastTwoSizesGrowth() {
        // 0.1 s at 2000, 0.4 s at 4000: n^2, so 1.6 s at 8000.
        CallCap.Prediction prediction = CallCap.predict(List.of(1000, 2000, 4000), List.of(0.02, 0.1, 0.4), 8000);
        assertEquals(1.6, prediction.seconds(), 1e-9);
        assertEquals(2.0, prediction.exponent(), 1e-9);
        assertTrue(new CallCap(1).exceeds(prediction));
        assertFalse(new CallCap(2).exceeds(prediction));
        String message = new CallCap(1).message(prediction, 8000, "fragments");
        assertTrue(message.contains("not measured at 8000 fragments or more"), message);
        assertTrue(message.contains("1.60 s") && message.contains("2000 and 4000 (n^2.00)") && message.contains("cap of 1 s"), message);
    }

    @Test
    void growthIsNeverAssumedBelowLinear() {
        // Noise made the last step look flat: the prediction still grows linearly.
        CallCap.Prediction flat = CallCap.predict(List.of(1000, 2000), List.of(0.3, 0.25), 4000);
        assertEquals(0.5, flat.seconds(), 1e-9);
        CallCap.Prediction one = CallCap.predict(List.of(1000), List.of(0.3), 2000);
        assertEquals(0.6, one.seconds(), 1e-9);
    }

    @Test
    void withNothingMeasuredThereIsNoPredictionAndNoCap() {
        assertNull(CallCap.predict(List.of(), List.of(), 250));
        assertFalse(new CallCap(1).exceeds(null));
    }
}
