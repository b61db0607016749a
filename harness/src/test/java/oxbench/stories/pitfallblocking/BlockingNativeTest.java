package oxbench.stories.pitfallblocking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import oxbench.env.Home;
import oxbench.stories.boundary.JavaFnv;
import org.junit.jupiter.api.Test;

/** The long call, through FFM, computes what the Java floor computes. */
class BlockingNativeTest {
    @Test
    void theLongCallAgreesWithJava() {
        try (BlockingNative rust = new BlockingNative(Home.nativeLibrary())) {
            assertEquals(JavaFnv.spin(100_000), rust.spin(100_000));
            assertEquals(JavaFnv.spin(0), rust.spin(0));
        }
    }
}
