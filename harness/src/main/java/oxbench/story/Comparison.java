package oxbench.story;

/**
 * Two implementations of a story that differ in one respect, compared for what that respect costs:
 * for example the JSON boundary against typed buffers (the guide's pitfall 1).
 *
 * @param question  what the comparison answers, e.g. {@code what the JSON boundary costs}
 * @param slower    the implementation expected to be slower
 * @param faster    the one it is compared with
 * @param finding   the verdict line in the guide's words, with {@code {share}} (of the slower's time),
 *                  {@code {difference}} (time per unit of work), {@code {ratio}} and the throughputs
 *                  {@code {slower_rate}}, {@code {faster_rate}} filled in from the measurements
 *                  (see {@code Findings}), e.g. {@code JSON at the boundary costs {share} of the call}; or null
 * @param source    what the guide says about it, quoted for the report
 */
public record Comparison(String question, String slower, String faster, String finding, String source) {
    /** Where the runtime comparisons come from: the guide timed its "before" code outside GraalVM. */
    public static final String NATIVE_RUNTIMES = "The guide's \"before\" times come from the prototypes' usual runtimes"
            + " (CPython, Node), not from GraalPy or GraalJS with the JIT";

    public Comparison(String question, String slower, String faster, String source) {
        this(question, slower, faster, null, source);
    }
}
