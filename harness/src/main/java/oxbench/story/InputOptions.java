package oxbench.story;

import java.nio.file.Path;

/**
 * What the user chose about a run's input.
 *
 * @param quick  a smaller input for a fast check
 * @param corpus the user's own source directory, or null for the story's default
 */
public record InputOptions(boolean quick, Path corpus) {}
