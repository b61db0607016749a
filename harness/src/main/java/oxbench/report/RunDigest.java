package oxbench.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import oxbench.history.RunHistory;
import oxbench.history.RunHistory.Run;
import oxbench.results.InputDigest;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;

/**
 * What the dashboard needs of one run: its facts and every row's score and interval, kept in
 * {@value Dashboard#MANIFEST} so that a nightly build reads only the summaries that are new or changed.
 */
record RunDigest(String id, String started, String git, String mode, String runtime, boolean complete,
        List<StoryDigest> stories) {

    /**
     * One story of the run.
     *
     * @param input the {@link InputDigest} of its {@code input}, as in the exports and JMH params: runs are
     *              compared only on equal input
     */
    record StoryDigest(String story, String unit, String input, List<Row> implementations) {}

    /**
     * One implementation's row; {@code score} null when it was not measured.
     *
     * @param belowResolution why the score measures nothing (summary.json's {@code below_resolution}), else
     *                        null: such a score is shown, flagged, but never divided by or compared
     * @param steadyClass     its steady-state class (summary.json's {@code steady_state.class}), null in runs
     *                        from before issue 18: a score that is not steady is shown with its class
     * @param consistent      whether its forks agreed, null likewise
     */
    record Row(String impl, String status, String runtimeMode, Double score, Double error, Double ciLow, Double ciHigh,
            String belowResolution, String steadyClass, Boolean consistent) {
        boolean measured() {
            return score != null;
        }

        boolean flagged() {
            return belowResolution != null;
        }
    }

    static RunDigest of(Run run) {
        RunInfo info = run.summary().run();
        return new RunDigest(info.id(), info.started(), info.git(), info.mode(), info.runtime(), info.complete(),
                run.summary().stories().stream().map(RunDigest::story).toList());
    }

    private static StoryDigest story(StoryResult story) {
        return new StoryDigest(story.story(), story.unit(), InputDigest.of(story.input()),
                story.implementations().stream().map(RunDigest::row).toList());
    }

    private static Row row(ImplementationResult impl) {
        return new Row(impl.impl(), impl.status().label(), impl.runtimeMode(), impl.score(), impl.error(), impl.ciLow(), impl.ciHigh(),
                impl.belowResolution() == null ? null : impl.belowResolution().reason(),
                impl.steadyState() == null ? null : impl.steadyState().steadyClass(),
                impl.steadyState() == null ? null : impl.steadyState().consistent());
    }

    /**
     * Why this digest, as read back from {@value Dashboard#MANIFEST} (a file anyone can edit), cannot be
     * used, or null if it can: the same checks {@link RunHistory} makes of a summary's ids, start time and
     * scores, since the digest's ids become file names and links.
     */
    String problem() {
        String unsafe = RunHistory.unsafeId("run id", id);
        if (unsafe != null) {
            return unsafe;
        }
        if (started == null) {
            return "no start time";
        }
        try {
            Instant.parse(started);
        } catch (DateTimeParseException e) {
            return "start time " + started + " is not an ISO-8601 instant";
        }
        if (stories == null) {
            return "no stories";
        }
        for (StoryDigest story : stories) {
            if (story == null || story.unit() == null || story.implementations() == null) {
                return "a story lacks its unit or implementations";
            }
            unsafe = RunHistory.unsafeId("story id", story.story());
            if (unsafe != null) {
                return unsafe;
            }
            for (Row row : story.implementations()) {
                if (row == null || row.status() == null) {
                    return "an implementation of " + story.story() + " lacks its status";
                }
                unsafe = RunHistory.unsafeId("implementation id", row.impl());
                if (unsafe != null) {
                    return unsafe;
                }
                if (row.score() != null && !(row.score() > 0 && Double.isFinite(row.score()))) {
                    return row.impl() + " of " + story.story() + " has an impossible score " + row.score();
                }
            }
        }
        return null;
    }
}
