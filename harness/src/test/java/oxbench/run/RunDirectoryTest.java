package oxbench.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import oxbench.history.RunHistory;
import oxbench.summary.Summary;
import oxbench.results.SummaryJsonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run directories: never shared by two runs, written whole by concurrent writers, --out only new or empty. */
class RunDirectoryTest {
    private static final Instant SAME_SECOND = Instant.parse("2026-11-24T00:00:00Z");
    private static final int THREADS = 4;

    @TempDir
    Path results;

    /** Runs {@code task} on {@code THREADS} threads released at once, {@code rounds} times; returns every result. */
    private static <T> List<T> atOnce(int rounds, Callable<T> task) throws Exception {
        List<T> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<T>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return task.call();
                    }));
                }
                for (Future<T> future : futures) {
                    all.add(future.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return all;
    }

    @Test
    void runsStartedInTheSameSecondNeverShareADirectory() throws Exception {
        List<String> ids = atOnce(50, () -> RunDirectory.createUnder(results, SAME_SECOND).id());

        assertEquals(ids.size(), new HashSet<>(ids).size(), "every run got a directory of its own: " + ids);
        try (Stream<Path> dirs = Files.list(results)) {
            assertEquals(ids.size(), dirs.count());
        }
        assertTrue(ids.contains("20261124-000000") && ids.contains("20261124-000000-2"), ids.toString());
    }

    @Test
    void concurrentWritesOfOneRunsFilesAllSucceedAndLeaveNoTemporaryFile() throws Exception {
        RunDirectory dir = RunDirectory.createUnder(results, SAME_SECOND);
        Summary summary = SummaryJsonTest.sample();
        List<String> warnings = new ArrayList<>();

        atOnce(25, () -> {
            dir.write(summary, warnings::add);
            return null;
        });

        assertEquals(summary.run().id(), new RunHistory(results).open(dir.dir().toString()).summary().run().id());
        try (Stream<Path> files = Files.list(dir.dir())) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void outMustBeNewOrEmpty() throws Exception {
        assertDoesNotThrow(() -> RunDirectory.checkOut(results.resolve("new")));
        Path empty = Files.createDirectories(results.resolve("empty"));
        assertEquals(empty, RunDirectory.at(empty).dir());

        Path users = Files.createDirectories(results.resolve("mine"));
        Files.writeString(users.resolve("report.md"), "my own notes");
        String refused = assertThrows(IllegalArgumentException.class, () -> RunDirectory.at(users)).getMessage();
        assertEquals("--out " + users + " is not empty; a run is written only into a new or empty directory", refused);
        assertEquals("my own notes", Files.readString(users.resolve("report.md")));

        Path file = Files.writeString(results.resolve("a-file"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunDirectory.checkOut(file)).getMessage()
                .endsWith("is a file, not a directory"));
    }

    @Test
    void aRefusedRunsEmptyDirectoryIsRemovedButNeverOneHoldingFiles() throws Exception {
        RunDirectory refused = RunDirectory.createUnder(results, SAME_SECOND);
        refused.removeIfEmpty();
        assertFalse(Files.exists(refused.dir()));

        RunDirectory kept = RunDirectory.createUnder(results, SAME_SECOND);
        Files.writeString(kept.dir().resolve("jmh-boundary.json"), "[]");
        kept.removeIfEmpty();
        assertTrue(Files.exists(kept.dir().resolve("jmh-boundary.json")));
    }
}
