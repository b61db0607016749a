package oxbench.story;

import java.util.List;
import java.util.Set;

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

    /**
     * The options this story offers on {@code bench run} (e.g. {@code --patterns}), a fresh object with
     * their defaults on every call, since every command line fills in its own; null when it has none.
     * {@link #prepare} finds the values given in {@link InputOptions#own}.
     */
    default StoryOptions options() {
        return null;
    }

    /**
     * How many of the units the guide's claims count in (a speedup claim's {@code per}) one unit of work is on this input, to show
     * measured times beside the guide's: 1 when they are the same (a file), 0.5 for a call over 500
     * patterns when the guide counts per 1000 patterns.
     */
    default double claimUnitsPerUnit(I input) {
        return 1;
    }

    /** Pairs of implementations whose difference the report puts a number on (none by default). */
    default List<Comparison> comparisons() {
        return List.of();
    }

    /** The implementation every other is checked against and compared with (the prototype). */
    String baseline();

    /**
     * The implementation {@code impl} is checked against and compared with: {@link #baseline()}
     * unless the story measures several functions side by side (the boundary matrix: each function
     * has its own Java-only floor).
     */
    default String baselineOf(String impl) {
        return baseline();
    }

    List<Implementation<I>> implementations();

    /**
     * The implementations a quick run leaves to full runs when no {@code --impl} is given: none,
     * unless some of a story's implementations repeat others' question through another bridge and
     * would take a quick run past its budget. The report names them ({@code not_run}).
     */
    default Set<String> leftOutOfQuickRuns() {
        return Set.of();
    }

    List<Claim<?>> claims();

    /** Makes this run's input (in the parent JVM, once); warnings name items that were skipped. */
    I prepare(InputOptions options, Warnings warnings) throws Exception;

    /** How many units of work one {@link Workload#run()} performs on this input. */
    int units(I input);

    /** The input's type, for the JSON file that carries it to the JMH forks and external drivers. */
    Class<I> inputType();

    /** The output as comparable lines, one per unit of work (e.g. {@code name fingerprint}). */
    List<String> describe(I input, Object output);

    /** Facts about the input for the summary and report (files, sizes, skipped items). */
    Object inputSummary(I input);

    /**
     * How to open this story again in another JVM (a JMH fork): null for a registered story, which is found
     * by its id; otherwise the argument its {@link StorySource} opens it from (e.g. a folder's absolute path).
     */
    default String origin() {
        return null;
    }

    /**
     * A readable account of how {@code actual}, one implementation's output lines ({@link #describe}), differs
     * from the baseline's {@code expected}, or null to let the check say it line by line. A story whose lines
     * are too long to show (whole outputs, encoded) says here which items differ and where.
     */
    default String difference(List<String> expected, List<String> actual) {
        return null;
    }

    default Implementation<I> implementation(String id) {
        return implementations().stream()
                .filter(implementation -> implementation.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("story " + id() + " has no implementation " + id));
    }
}
