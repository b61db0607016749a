package oxbench.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: the stories listed in META-INF/services/oxbench.story.Story, in that file's order. */
class StoriesTest {
    @Test
    void theRegisteredStoriesBeginWithTheGuidesEightInItsOrder() {
        List<String> ids = Stories.all().stream().map(Story::id).toList();
        assertEquals(List.of("fingerprint", "patterns", "algorithm", "boundary", "pitfall-json", "pitfall-batching",
                "pitfall-blocking", "strategy-service"), ids.subList(0, Math.min(8, ids.size())),
                "a story added later goes after the guide's (one line at the end of the registration file)");
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
        assertEquals("unknown story 'nope' (known: " + String.join(", ", Stories.all().stream().map(Story::id).toList())
                + "; or a folder holding an oxbench.toml (see docs/your-own-story.md; `bench new` writes one))", unknown.getMessage());
        assertTrue(unknown.getMessage().startsWith("unknown story 'nope' (known: fingerprint, patterns, algorithm, boundary,"
                + " pitfall-json, pitfall-batching, pitfall-blocking, strategy-service"), unknown.getMessage());
    }
}
