package oxbench.story;

import java.nio.file.Path;
import java.util.List;

/**
 * One success story or lesson of the migration guide: its inputs, the implementations that
 * compute its function, and the guide's claims about them.
 *
 * <p>Data flows one way: {@link #prepare} makes the input once per run, every implementation
 * computes the function on it, {@link #describe} turns each output into lines that must be equal
 * to the baseline's, and only then is anything timed.
 *
 * @param <I> the story's input
 */
public interface Story<I> {
    String id();

    String title();

    /** What one timed operation is counted in, e.g. {@code file}; scores are per one of these. */
    String unitOfWork();

    /** The implementation every other is checked against and compared with (the prototype). */
    String baseline();

    List<Implementation<I>> implementations();

    List<Claim> claims();

    /** Makes this run's input (in the parent JVM, once); warnings name items that were skipped. */
    I prepare(InputOptions options, Warnings warnings) throws Exception;

    /** How many units of work one {@link Workload#run()} performs on this input. */
    int units(I input);

    /** Writes the input for the JMH forks, which {@link #readInput} it back. */
    void writeInput(I input, Path file) throws Exception;

    I readInput(Path file) throws Exception;

    /** The output as comparable lines, one per unit of work (e.g. {@code name fingerprint}). */
    List<String> describe(I input, Object output);

    /** Facts about the input for the summary and report (files, sizes, skipped items). */
    Object inputSummary(I input);

    default Implementation<I> implementation(String id) {
        return implementations().stream()
                .filter(implementation -> implementation.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("story " + id() + " has no implementation " + id));
    }
}
