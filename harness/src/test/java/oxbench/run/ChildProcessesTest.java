package oxbench.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A run stops the processes it started, and only those. */
class ChildProcessesTest {
    @Test
    void stopsEveryProcessStartedSinceAndNoOther() throws Exception {
        Process older = new ProcessBuilder("sleep", "600").start();
        try {
            ChildProcesses run = ChildProcesses.startedFromNow();
            Process polite = new ProcessBuilder("sleep", "600").start();
            // A child that ignores SIGTERM, as a busy JMH fork effectively does for a while.
            Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; while :; do sleep 1; done").start();

            assertTrue(run.stop(Duration.ofMillis(500)) >= 2, "the two, and the loop's sleep");

            assertFalse(polite.isAlive());
            assertFalse(stubborn.isAlive(), "killed once the grace period is over");
            assertTrue(older.isAlive(), "a process started before the run is not the run's");
        } finally {
            older.destroyForcibly().waitFor();
        }
    }
}
