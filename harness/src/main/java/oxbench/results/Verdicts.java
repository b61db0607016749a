package oxbench.results;

/**
 * Speedups and claim verdicts, computed from confidence intervals only.
 *
 * <p>The speedup of a candidate over a baseline is {@code baseline / candidate}. Its interval is
 * the widest ratio the two 99.9% intervals allow: {@code [baseline.low / candidate.high,
 * baseline.high / candidate.low]} (conservative: at least 99.8% if the two are independent).
 *
 * <p>A claimed speedup S is
 * <ul>
 *   <li><b>reproduced</b> when the whole interval is at or above S,</li>
 *   <li><b>not-reproduced</b> when the whole interval is below S,</li>
 *   <li><b>inconclusive</b> when the interval contains S, or it is unknown (a side not measured, or
 *       measured too few times for JMH to give an interval).</li>
 * </ul>
 */
public final class Verdicts {
    public static final String REPRODUCED = "reproduced";
    public static final String NOT_REPRODUCED = "not-reproduced";
    public static final String INCONCLUSIVE = "inconclusive";

    private Verdicts() {}

    /** The speedup and its interval; {@code high} is infinite when the candidate's interval reaches zero. */
    public record Speedup(double value, double low, double high) {}

    public static Speedup speedup(double baseline, double baselineLow, double baselineHigh,
            double candidate, double candidateLow, double candidateHigh) {
        double high = candidateLow > 0 ? baselineHigh / candidateLow : Double.POSITIVE_INFINITY;
        return new Speedup(baseline / candidate, Math.max(0, baselineLow) / candidateHigh, high);
    }

    public static String verdict(double claimed, Speedup measured) {
        if (measured == null || Double.isNaN(measured.low()) || Double.isNaN(measured.high())) {
            return INCONCLUSIVE;
        }
        if (measured.low() >= claimed) {
            return REPRODUCED;
        }
        if (measured.high() < claimed) {
            return NOT_REPRODUCED;
        }
        return INCONCLUSIVE;
    }

    /**
     * JSON has no infinity or NaN: an unbounded interval end, or an error JMH could not compute (fewer
     * than three measured iterations), is written as null.
     */
    public static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
