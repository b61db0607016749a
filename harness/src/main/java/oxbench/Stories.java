package oxbench;

import java.util.List;
import oxbench.algorithm.AlgorithmStory;
import oxbench.batching.BatchingStory;
import oxbench.fingerprint.FingerprintStory;
import oxbench.patterns.PatternStory;
import oxbench.story.Story;

/** Every story oxbench knows, in the order the guide tells them. */
public final class Stories {
    private static final List<Story<?>> ALL = List.of(new FingerprintStory(), new PatternStory(), new AlgorithmStory(),
            new BatchingStory());

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
