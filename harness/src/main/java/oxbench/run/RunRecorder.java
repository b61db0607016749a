package oxbench.run;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import oxbench.summary.Summary;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import oxbench.story.Warnings;

/**
 * Keeps a run's summary.json current as stories finish, from the main thread, and once more from a
 * shutdown hook when the run is interrupted (Ctrl-C): then with the story in progress as far as it
 * was measured. Writes are serialized, so the hook never
 * interleaves with a write in progress, and the first of {@link #finish} and {@link #interrupted}
 * closes the record: nothing written after it can turn an interrupted run complete or the reverse.
 */
public final class RunRecorder {
    private final RunDirectory dir;
    private final RunInfo running;
    private final Warnings warnings;
    private final List<StoryResult> stories = new ArrayList<>();
    private StoryResult inProgress;
    private boolean closed;

    /** @param running the run's metadata, not complete */
    public RunRecorder(RunDirectory dir, RunInfo running, Warnings warnings) {
        this.dir = dir;
        this.running = running;
        this.warnings = warnings;
    }

    /** Writes the summary with no story yet, so the directory is a run from the start. */
    public synchronized void start() throws IOException {
        write(new Summary(running, List.of()));
    }

    /** Adds a measured story and rewrites the summary (still incomplete). */
    public synchronized void storyDone(StoryResult story) throws IOException {
        if (closed) {
            return;
        }
        stories.add(story);
        inProgress = null;
        write(new Summary(running, List.copyOf(stories)));
    }

    /**
     * The story being measured, as far as it got (its unmeasured rows {@code interrupted}): kept only
     * if the run is interrupted before the story is done.
     */
    public synchronized void storyInProgress(StoryResult story) {
        if (!closed) {
            inProgress = story;
        }
    }

    /** Writes the complete summary, finished {@code at}. */
    public synchronized Summary finish(Instant at) throws IOException {
        Summary summary = new Summary(running.finished(at), List.copyOf(stories));
        if (!closed) {
            closed = true;
            write(summary);
        }
        return summary;
    }

    /**
     * Writes the summary of what was measured so far, {@code complete: false} and not finished, unless
     * the run already finished. For the shutdown hook.
     *
     * @return the summary written, or null when the run had finished
     */
    public synchronized Summary interrupted() throws IOException {
        if (closed) {
            return null;
        }
        closed = true;
        List<StoryResult> kept = new ArrayList<>(stories);
        if (inProgress != null) {
            kept.add(inProgress);
        }
        Summary summary = new Summary(running, List.copyOf(kept));
        write(summary);
        return summary;
    }

    /**
     * Closes the record without writing: for a run whose results could not be written, so that the
     * shutdown hook does not try again (what was written last stays as it is).
     */
    public synchronized void abandon() {
        closed = true;
    }

    public RunDirectory dir() {
        return dir;
    }

    private void write(Summary summary) throws IOException {
        dir.write(summary, warnings);
    }
}
