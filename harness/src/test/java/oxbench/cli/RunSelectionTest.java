package oxbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import oxbench.story.Stories;
import oxbench.story.Implementation;
import oxbench.story.Story;
import org.junit.jupiter.api.Test;

/** Which implementations `bench run` runs: all, all but those a story leaves out of quick runs, or the chosen ones. */
class RunSelectionTest {
    private static final Story<?> JSON = Stories.byId("pitfall-json");

    private static List<String> ids(Story<?> story, Set<String> wanted, boolean quick) {
        return RunCommand.selection(story, wanted, quick).impls().stream().map(Implementation::id).toList();
    }

    @Test
    void aFullRunRunsEveryImplementation() {
        assertEquals(JSON.implementations().stream().map(Implementation::id).toList(), ids(JSON, Set.of(), false));
    }

    @Test
    void aQuickRunLeavesOutWhatTheStoryLeavesToFullRuns() {
        List<String> quick = ids(JSON, Set.of(), true);
        assertEquals(JSON.implementations().size() - JSON.leftOutOfQuickRuns().size(), quick.size());
        quick.forEach(id -> assertEquals(false, JSON.leftOutOfQuickRuns().contains(id), id));
    }

    @Test
    void aStoryThatLeavesNothingOutRunsEverythingInAQuickRun() {
        Story<?> boundary = Stories.byId("boundary");
        assertEquals(ids(boundary, Set.of(), false), ids(boundary, Set.of(), true));
    }

    @Test
    void implChoosesALeftOutImplementationInAQuickRunWithItsBaseline() {
        assertEquals(List.of("typed@ffm", "json@python-wasm"), ids(JSON, Set.of("json@python-wasm"), true));
    }
}
