package oxbench.results;

import oxbench.summary.Summary;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import oxbench.summary.Summary.BelowResolution;
import oxbench.summary.Summary.Floor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores under one CPU cycle or the timer's resolution are flagged; add-one@java is one real call. */
class TimingFloorTest {
    private static final Floor TWO_GHZ = new Floor(2000.0, "test", 0.5, 20, 25);

    @Test
    void aScoreUnderOneCycleIsFlagged() {
        BelowResolution folded = TimingFloor.check(TWO_GHZ, 0.0035, 0.0035 * 100_000, "call");
        assertNotNull(folded);
        assertTrue(folded.cyclesPerOp() < 0.01 && folded.reason().contains("CPU cycles"), folded.reason());
        assertNull(TimingFloor.check(TWO_GHZ, 7, 7 * 100_000, "call"), "an FFM downcall is a real measurement");
    }

    @Test
    void aTimedInvocationUnderTheTimersResolutionIsFlagged() {
        BelowResolution tooShort = TimingFloor.check(TWO_GHZ, 5, 5, "call");
        assertNotNull(tooShort);
        assertTrue(tooShort.reason().contains("timer's resolution"), tooShort.reason());
    }

    @Test
    void theClockComesFromCpufreqOrElseCpuinfo(@TempDir Path dir) throws IOException {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), "cpu MHz\t\t: 2095.078\ncpu MHz\t\t: 2400.5\n");
        assertTrue(TimingFloor.clock(dir.resolve("missing"), cpuinfo).mhz() == 2400.5);
        Path max = Files.writeString(dir.resolve("max"), "3500000\n");
        assertTrue(TimingFloor.clock(max, cpuinfo).mhz() == 3500);
        assertNull(TimingFloor.clock(dir.resolve("missing"), dir.resolve("missing")));
    }

    @Test
    void theTimersResolutionIsMeasured() {
        Floor floor = TimingFloor.ofThisMachine();
        assertTrue(floor.timerResolutionNanos() > 0 && floor.timerLatencyNanos() > 0, floor.toString());
    }

    @Test
    void addOneAtJavaIsNeverInlinedIntoItsChain() throws IOException {
        try (InputStream hints = TimingFloor.class.getResourceAsStream("/META-INF/CompilerHints")) {
            assertNotNull(hints, "JMH's compiler hints are packaged");
            String text = new String(hints.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("dontinline,oxbench/stories/boundary/JavaFnv.addOne"), text);
        }
    }

    @Test
    void aFlaggedRowGivesNoRatio() {
        Summary.ImplementationResult flagged = Summary.ImplementationResult.of("add-one@java", "Java", "Java")
                .score(3.5e-6, null, null, null).unit("us/call").belowResolution(TimingFloor.check(TWO_GHZ, 0.0035, 350, "call"))
                .build();
        assertTrue(TimingFloor.noRatio(flagged).startsWith("no ratio: add-one@java"), TimingFloor.noRatio(flagged));
    }
}
