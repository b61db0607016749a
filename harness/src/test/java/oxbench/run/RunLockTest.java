package oxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run measures at a time: a second one waits (saying for whom) or, with --no-wait, is refused. */
class RunLockTest {
    @TempDir
    Path dir;

    @Test
    void aRunThatMustNotWaitIsRefusedNamingTheRunThatMeasures() throws Exception {
        Path file = dir.resolve("oxbench-run.lock");
        try (RunLock first = RunLock.acquire(file, "pid 1, since then: bench run --story boundary", false, Duration.ZERO, line -> { })) {
            first.describe("pid 1, since then: bench run --story boundary, run 20261124-000000");

            RunLock.Held held = assertThrows(RunLock.Held.class,
                    () -> RunLock.acquire(file, "pid 2", false, Duration.ZERO, line -> { }));

            assertTrue(held.getMessage().startsWith("another oxbench run is measuring on this machine (pid 1, since then:"
                    + " bench run --story boundary, run 20261124-000000; lock " + file + ")"), held.getMessage());
            assertEquals(1, held.getMessage().lines().count());
        }
    }

    @Test
    void aSecondRunWaitsSayingSoAndMeasuresOnceTheFirstIsDone() throws Exception {
        Path file = dir.resolve("oxbench-run.lock");
        BlockingQueue<String> notes = new LinkedBlockingQueue<>();
        RunLock first = RunLock.acquire(file, "pid 1: bench run", true, Duration.ZERO, notes::add);
        CompletableFuture<RunLock> second = CompletableFuture.supplyAsync(() -> {
            try {
                return RunLock.acquire(file, "pid 2: bench run", true, Duration.ZERO, notes::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        String waiting = notes.take();
        assertTrue(waiting.startsWith("another oxbench run is measuring on this machine (pid 1: bench run); waiting"), waiting);
        String still = notes.take();
        assertTrue(still.startsWith("still waiting for the other run (pid 1: bench run)"), still);
        assertFalse(second.isDone(), "the second run does not measure while the first holds the lock");

        first.close();
        try (RunLock taken = second.get()) {
            String last;
            do {
                last = notes.take();
            } while (last.startsWith("still waiting"));
            assertTrue(last.startsWith("the other run is done"), last);
            assertEquals("pid 2: bench run\n", Files.readString(file), "the lock names its new holder");
        }
        assertEquals("", Files.readString(file), "a released lock names nobody");
    }
}
