package oxbench.story;

/**
 * One way to compute a story's function: a language, a runtime and a bridge between them.
 *
 * @param <I> the story's input
 */
public interface Implementation<I> {
    /** The id users type and results carry, e.g. {@code python@graalpy}, {@code rust@ffm}. */
    String id();

    /** The language the timed code is written in, e.g. {@code python}, {@code rust}, {@code python+rust}. */
    String language();

    /** What runs it and how it is called, e.g. {@code GraalPy 25.0.2 -> host -> FFM}. */
    String runtime();

    /**
     * What kind of code this implementation times and, where it settles differently from the rest of
     * its story, the plans of its own: what a measurement policy decides its warm-up and iterations from.
     */
    MeasurementNeeds measurement();

    /** Loads the code and hands it the input; setup cost stays out of the timed {@link Workload#run()}. */
    Workload open(I input) throws Exception;
}
