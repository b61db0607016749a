package oxbench.story;

/**
 * Two implementations of a story that differ in one respect, compared for what that respect costs:
 * for example the JSON boundary against typed buffers (the guide's pitfall 1).
 *
 * @param question  what the comparison answers, e.g. {@code what the JSON boundary costs}
 * @param slower    the implementation expected to be slower
 * @param faster    the one it is compared with
 * @param source    what the guide says about it, quoted for the report
 */
public record Comparison(String question, String slower, String faster, String source) {}
