package oxbench.story;

/** Where a story reports what it skipped while preparing its input (one line each). */
@FunctionalInterface
public interface Warnings {
    void warn(String line);
}
