package oxbench.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Two runs compared row by row: for every story and implementation measured in both, NEW's time over
 * BASE's (above 1: NEW is slower). Written as JSON by {@code bench compare --format json}.
 *
 * @param base       the run compared against
 * @param current    the run under test ("new" in the JSON)
 * @param alpha      a difference is significant when Welch's t-test gives p below this
 * @param threshold  a significant slowdown is a regression when the ratio is above 1 + threshold
 * @param warnings   why the two runs' numbers may not be comparable (settings that differ, ...)
 * @param stories    the compared rows, per story present in both runs
 * @param unmatched  rows not compared: only in one run, or not measured in one of them
 * @param compared   number of rows compared, over every story (0: the runs have nothing in common)
 * @param regressions  number of rows flagged as regressions
 * @param improvements number of rows flagged as improvements
 */
public record RunComparison(
        RunRef base,
        @JsonProperty("new") RunRef current,
        double alpha,
        double threshold,
        List<String> warnings,
        List<StoryComparison> stories,
        List<Unmatched> unmatched,
        int compared,
        int regressions,
        int improvements) {

    /** Which run, and where. */
    public record RunRef(String id, String dir, String mode, String runtime, String git, String started) {}

    /**
     * One story's compared rows.
     *
     * @param geometricMean the geometric mean of the rows' ratios, or null when no row was compared
     */
    public record StoryComparison(String story, String unit, List<Row> rows, Double geometricMean) {}

    /**
     * One implementation measured in both runs.
     *
     * @param baseScore   BASE's mean time per unit of work, in the story's unit
     * @param newScore    NEW's
     * @param ratio       newScore / baseScore
     * @param low         lower end of the ratio's interval: the widest ratio the two 99.9% intervals allow
     * @param high        upper end (null when unbounded or unknown)
     * @param pValue      Welch's t-test on the two sets of raw samples, all forks pooled; null when a side
     *                    has fewer than two samples or neither side varies
     * @param baseSamples number of BASE's raw samples
     * @param newSamples  number of NEW's raw samples
     */
    public record Row(
            String impl,
            double baseScore,
            double newScore,
            double ratio,
            Double low,
            Double high,
            Double pValue,
            int baseSamples,
            int newSamples,
            Change change) {}

    /**
     * A row of one run without a counterpart measured in the other.
     *
     * @param baseStatus the row's status in BASE, or null when BASE does not have it
     * @param newStatus  the row's status in NEW, or null when NEW does not have it
     * @param reason     why it was not compared, in words
     */
    public record Unmatched(String story, String impl, String baseStatus, String newStatus, String reason) {}

    /** What the comparison of one row found. */
    public enum Change {
        /** Significantly slower, by more than the threshold. */
        REGRESSION("regression"),
        /** Significantly faster, by more than the threshold. */
        IMPROVEMENT("improvement"),
        /** Significantly different, but within the threshold either way. */
        WITHIN_THRESHOLD("within-threshold"),
        /** No significant difference (or none could be tested). */
        NOT_SIGNIFICANT("not-significant");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }

    /** Whether no row was measured in both runs, so that the comparison says nothing either way. */
    public boolean nothingCompared() {
        return compared == 0;
    }

    /** Whether any row is a regression: CI gates on this. */
    public boolean regressed() {
        return regressions > 0;
    }
}
