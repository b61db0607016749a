package oxbench.story;

import java.util.List;

/**
 * A story whose cost grows with the size of its input, measured at several sizes as well as at the
 * run's own: a scaling table. The run's rows and claims are at {@link #size}; every other size of
 * {@link #sizes} is checked and measured again on {@link #atSize the same input cut down (or up)}.
 *
 * @param <I> the story's input
 */
public interface Scalable<I> {
    /** What a size counts, e.g. {@code patterns}. */
    String sizeUnit();

    /** The run's own size, the one its main rows and claims are measured at. */
    int size(I input);

    /** Every size of the scaling table, ascending; includes {@link #size}. */
    List<Integer> sizes(I input);

    /** The input at one of {@link #sizes}. */
    I atSize(I input, int size);
}
