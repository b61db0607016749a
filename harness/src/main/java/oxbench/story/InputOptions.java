package oxbench.story;

import java.nio.file.Path;

/**
 * What the user chose about a run's input.
 *
 * @param quick     a smaller input for a fast check
 * @param corpus    the user's own source directory, or null for the story's default
 * @param patterns  how many patterns the pattern matcher matches per call, or null for its default
 * @param fragments the largest number of fragments the algorithm story's sweep goes to, or null for its default
 */
public record InputOptions(boolean quick, Path corpus, Integer patterns, Integer fragments) {}
