package oxbench.stories.strategyservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.corpus.NodeListInput;
import oxbench.stories.fingerprint.ImplementationsAgreeTest;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import org.junit.jupiter.api.Test;

class ServiceStoryTest {
    private final ServiceStory story = new ServiceStory();

    @Test
    void overHttpTheServiceComputesWhatTheInProcessCallDoes() throws Exception {
        // Empty node lists (an empty body), non-ASCII and astral text, a 100 kB node, random nodes.
        NodeListInput input = ImplementationsAgreeTest.trickyInput();
        List<String> expected = OutputCheck.expected(story, input);
        assertEquals("empty.py cbf29ce484222325", expected.getFirst());
        CheckResult check = OutputCheck.check(story, story.implementation("rust@http-loopback"), input, expected);
        assertEquals(Status.OK, check.status(), check.message());
    }

    @Test
    void theComparisonIsBetweenTheStorysImplementations() {
        List<String> ids = story.implementations().stream().map(Implementation::id).toList();
        assertEquals(List.of("rust@ffm", "rust@http-loopback"), ids);
        assertTrue(ids.contains(story.baseline()));
        Comparison comparison = story.comparisons().getFirst();
        assertEquals("rust@http-loopback", comparison.slower());
        assertEquals("rust@ffm", comparison.faster());
        assertTrue(comparison.finding().contains("{ratio}") && comparison.finding().contains("{difference}"));
    }
}
