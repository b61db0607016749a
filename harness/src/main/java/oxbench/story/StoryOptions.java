package oxbench.story;

/**
 * The options a story offers on {@code bench run} beside the generic ones, e.g. the pattern story's
 * {@code --patterns}: an object whose fields carry Picocli's {@code @Option}, which the run command
 * adds as a mixin (so {@code bench run --help} lists them) and hands back to the story's
 * {@link Story#prepare} through {@link InputOptions#own}.
 */
public interface StoryOptions {
    /**
     * Refuses values that make no sense, before anything runs.
     *
     * @throws IllegalArgumentException with a one-line message naming the option
     */
    default void check() {}
}
