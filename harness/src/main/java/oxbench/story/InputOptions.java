package oxbench.story;

import java.nio.file.Path;

/**
 * What the user chose about a run's input.
 *
 * @param quick        a smaller input for a fast check
 * @param corpus       the user's own source directory, or null for the story's default
 * @param patterns     how many patterns the pattern matcher matches per call, or null for its default
 * @param fragments    the largest number of fragments the algorithm story's sweep goes to, or null for its default
 * @param maxFileBytes the largest source file a corpus may hold; bigger ones are skipped with a warning
 *                     before they are read ({@code bench run --max-file-size})
 */
public record InputOptions(boolean quick, Path corpus, Integer patterns, Integer fragments, long maxFileBytes) {
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

    /** The options with the default size limit per file. */
    public InputOptions(boolean quick, Path corpus, Integer patterns, Integer fragments) {
        this(quick, corpus, patterns, fragments, DEFAULT_MAX_FILE_BYTES);
    }
}
