package oxbench.story;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the user chose about a run's input.
 *
 * @param quick        a smaller input for a fast check
 * @param corpus       the user's own source directory, or null for the story's default
 * @param maxFileBytes the largest source file a corpus may hold; bigger ones are skipped with a warning
 *                     before they are read ({@code bench run --max-file-size})
 * @param own          the options of the story being prepared ({@link Story#options()}) as the command
 *                     line set them, or null for their defaults
 */
public record InputOptions(boolean quick, Path corpus, long maxFileBytes, StoryOptions own) {
    /**
     * 1 MiB: larger than any module of the standard library (pydoc_data/topics.py is 0.8 MB) and than
     * hand-written code; a 50 MB generated file took minutes and gigabytes to parse before it failed.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 20;

    public InputOptions {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("--max-file-size must be at least 1 byte, not " + maxFileBytes);
        }
    }

    /** The options with the default size limit per file and the story's own options at their defaults. */
    public InputOptions(boolean quick, Path corpus) {
        this(quick, corpus, DEFAULT_MAX_FILE_BYTES, null);
    }

    /** These options for a story whose own options are {@code own}. */
    public InputOptions with(StoryOptions own) {
        return new InputOptions(quick, corpus, maxFileBytes, own);
    }

    /**
     * The story's own options: those the command line set, or {@code defaults} when none were given.
     *
     * @throws IllegalStateException when the options given are another story's
     */
    public <T extends StoryOptions> T own(Class<T> type, Supplier<T> defaults) {
        if (own == null) {
            return defaults.get();
        }
        if (!type.isInstance(own)) {
            throw new IllegalStateException("options of type " + own.getClass().getName() + " given for " + type.getName());
        }
        return type.cast(own);
    }
}
