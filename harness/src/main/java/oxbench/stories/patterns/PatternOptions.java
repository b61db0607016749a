package oxbench.stories.patterns;

import oxbench.story.StoryOptions;
import picocli.CommandLine.Option;

/** The pattern story's own option of {@code bench run}: how many patterns one call matches. */
public final class PatternOptions implements StoryOptions {
    @Option(names = "--patterns", paramLabel = "N",
            description = "Patterns per matchPatterns call (default: the guide's 1000); the scaling table also"
                    + " measures 100, 1000 and 10000.")
    Integer patterns;

    /** The defaults: the guide's number of patterns. */
    public PatternOptions() {}

    /** {@code --patterns=N}. */
    public static PatternOptions of(int patterns) {
        PatternOptions options = new PatternOptions();
        options.patterns = patterns;
        return options;
    }

    /** The number given, or null for the default. */
    public Integer patterns() {
        return patterns;
    }

    @Override
    public void check() {
        if (patterns != null && patterns < 1) {
            throw new IllegalArgumentException("--patterns must be at least 1, not " + patterns);
        }
    }
}
