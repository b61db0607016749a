package oxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import oxbench.history.RunHistory;
import oxbench.summary.Summary;
import oxbench.summary.Summary.StoryResult;
import oxbench.results.SummaryJsonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an interrupted run leaves: the stories it finished, complete: false, a summary that reads back. */
class RunRecorderTest {
    @TempDir
    Path results;

    private final List<String> warnings = new ArrayList<>();

    private RunRecorder recorder() throws Exception {
        RunDirectory dir = RunDirectory.createUnder(results, Instant.parse("2026-11-24T00:00:00Z"));
        return new RunRecorder(dir, SummaryJsonTest.sample().run(), warnings::add);
    }

    private static StoryResult story(String id) {
        StoryResult s = SummaryJsonTest.sample().stories().getFirst();
        return new StoryResult(id, s.title(), s.baseline(), s.unit(), s.input(), s.plan(), s.implementations(), s.claims(),
                s.comparisons(), null);
    }

    @Test
    void anInterruptedRunKeepsItsFinishedStoriesMarkedIncomplete() throws Exception {
        RunRecorder recorder = recorder();
        recorder.start();
        recorder.storyDone(story("fingerprint"));
        recorder.storyDone(story("patterns"));
        Summary kept = recorder.interrupted();
        assertEquals(2, kept.stories().size());

        recorder.storyDone(story("algorithm"));     // the main thread, still going while the JVM stops
        recorder.finish(Instant.now());

        RunHistory.Run run = new RunHistory(results).open(recorder.dir().id());
        assertFalse(run.summary().run().complete());
        assertNull(run.summary().run().finished());
        assertEquals(List.of("fingerprint", "patterns"), run.summary().stories().stream().map(StoryResult::story).toList());
        String report = Files.readString(recorder.dir().dir().resolve(RunDirectory.REPORT));
        assertTrue(report.contains("**Incomplete run**"), report);
        try (Stream<Path> files = Files.list(recorder.dir().dir())) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(".tmp")), "no half-written file left");
        }
    }

    @Test
    void theStoryInProgressIsKeptAsFarAsItGotOnlyWhenTheRunIsInterrupted() throws Exception {
        RunRecorder done = recorder();
        done.start();
        done.storyInProgress(story("fingerprint"));
        done.storyDone(story("fingerprint"));
        assertEquals(1, done.interrupted().stories().size(), "a finished story replaces its progress");

        RunRecorder stopped = recorder();
        stopped.start();
        stopped.storyDone(story("fingerprint"));
        stopped.storyInProgress(story("patterns"));
        Summary kept = stopped.interrupted();
        assertEquals(List.of("fingerprint", "patterns"), kept.stories().stream().map(StoryResult::story).toList());
        assertEquals(List.of("fingerprint", "patterns"), new RunHistory(results).open(stopped.dir().id()).summary()
                .stories().stream().map(StoryResult::story).toList(), "a later report reads the story in progress");
    }

    @Test
    void aFinishedRunIsNotMarkedIncompleteByTheHook() throws Exception {
        RunRecorder recorder = recorder();
        recorder.start();
        recorder.storyDone(story("fingerprint"));
        recorder.finish(Instant.parse("2026-11-24T00:10:00Z"));
        assertNull(recorder.interrupted());
        Summary.RunInfo run = new RunHistory(results).open(recorder.dir().id()).summary().run();
        assertTrue(run.complete());
        assertEquals("2026-11-24T00:10:00Z", run.finished());
    }
}
