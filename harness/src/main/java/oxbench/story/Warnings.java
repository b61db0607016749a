package oxbench.story;

/** Where a story reports what it skipped while preparing its input (one line each), and what a long preparation is doing. */
@FunctionalInterface
public interface Warnings {
    void warn(String line);

    /** What a preparation that takes a while is doing (e.g. building a port), shown as progress and not kept. */
    default void progress(String line) {}
}
