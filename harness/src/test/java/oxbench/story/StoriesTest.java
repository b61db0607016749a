package oxbench.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: the stories listed in META-INF/services/oxbench.story.Story, in that file's order. */
class StoriesTest {
    @Test
    void theRegisteredStoriesAreTheGuidesEightInItsOrder() {
        assertEquals(List.of("fingerprint", "patterns", "algorithm", "boundary", "pitfall-json", "pitfall-batching",
                "pitfall-blocking", "strategy-service"), Stories.all().stream().map(Story::id).toList());
    }

    @Test
    void byIdFindsTheRegisteredStory() {
        for (Story<?> story : Stories.all()) {
            assertSame(story, Stories.byId(story.id()));
        }
    }

    @Test
    void anUnknownIdNamesTheKnownOnesOnOneLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Stories.byId("nope"));
        assertEquals("unknown story 'nope' (known: fingerprint, patterns, algorithm, boundary, pitfall-json, pitfall-batching,"
                + " pitfall-blocking, strategy-service)", unknown.getMessage());
    }
}
