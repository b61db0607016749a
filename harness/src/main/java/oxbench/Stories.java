package oxbench;

import java.util.List;
import oxbench.stories.algorithm.AlgorithmStory;
import oxbench.stories.pitfallbatching.BatchingStory;
import oxbench.stories.pitfallblocking.BlockingStory;
import oxbench.stories.boundary.BoundaryStory;
import oxbench.stories.pitfalljson.ConversionStory;
import oxbench.stories.fingerprint.FingerprintStory;
import oxbench.stories.patterns.PatternStory;
import oxbench.stories.strategyservice.ServiceStory;
import oxbench.story.Story;

/**
 * Every story oxbench knows, in the order the guide tells them: its success stories and example,
 * then what its strategies and pitfalls cost.
 */
public final class Stories {
    private static final List<Story<?>> ALL = List.of(new FingerprintStory(), new PatternStory(), new AlgorithmStory(),
            new BoundaryStory(), new ConversionStory(), new BatchingStory(), new BlockingStory(), new ServiceStory());

    private Stories() {}

    public static List<Story<?>> all() {
        return ALL;
    }

    public static Story<?> byId(String id) {
        return ALL.stream()
                .filter(story -> story.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown story '" + id + "' (known: "
                        + String.join(", ", ALL.stream().map(Story::id).toList()) + ")"));
    }
}
