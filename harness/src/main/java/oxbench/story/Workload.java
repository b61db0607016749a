package oxbench.story;

/** An implementation loaded and handed its input, ready to be timed. */
public interface Workload extends AutoCloseable {
    /**
     * Computes the story's function once over the whole input (every item, e.g. every file).
     * This is the timed operation; the result is the story's output, in the story's own type.
     */
    Object run();

    @Override
    default void close() {}
}
