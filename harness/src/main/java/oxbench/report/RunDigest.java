package oxbench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import oxbench.history.RunHistory.Run;
import oxbench.results.Summary.ImplementationResult;
import oxbench.results.Summary.RunInfo;
import oxbench.results.Summary.StoryResult;

/**
 * What the dashboard needs of one run: its facts and every row's score and interval, kept in
 * {@value Dashboard#MANIFEST} so that a nightly build reads only the summaries that are new or changed.
 *
 * @param input per story, a digest of its {@code input}: runs are compared only on equal input
 */
record RunDigest(String id, String started, String git, String mode, String runtime, boolean complete,
        List<StoryDigest> stories) {

    /** One story of the run. */
    record StoryDigest(String story, String unit, String input, List<Row> implementations) {}

    /** One implementation's row; {@code score} null when it was not measured. */
    record Row(String impl, String status, String runtimeMode, Double score, Double error, Double ciLow, Double ciHigh) {
        boolean measured() {
            return score != null;
        }
    }

    static RunDigest of(Run run) {
        RunInfo info = run.summary().run();
        return new RunDigest(info.id(), info.started(), info.git(), info.mode(), info.runtime(), info.complete(),
                run.summary().stories().stream().map(RunDigest::story).toList());
    }

    private static StoryDigest story(StoryResult story) {
        Map<?, ?> input = story.input() instanceof Map<?, ?> map ? map : Map.of();
        return new StoryDigest(story.story(), story.unit(), String.format(Locale.ROOT, "%08x", Objects.hashCode(input)),
                story.implementations().stream().map(RunDigest::row).toList());
    }

    private static Row row(ImplementationResult impl) {
        return new Row(impl.impl(), impl.status(), impl.runtimeMode(), impl.score(), impl.error(), impl.ciLow(), impl.ciHigh());
    }
}
