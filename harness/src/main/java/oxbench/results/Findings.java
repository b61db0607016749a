package oxbench.results;

import oxbench.story.Comparison;

/** Fills a {@link Comparison#finding()} template with the measured numbers. */
public final class Findings {
    private Findings() {}

    /**
     * Fills {@code {share}}, {@code {difference}}, {@code {ratio}} and the two throughputs
     * {@code {slower_rate}} and {@code {faster_rate}} (units of work per second, one caller: one over
     * the mean time).
     *
     * @param slower the slower's mean time per unit of work, in {@code scoreUnit}
     * @param faster the faster's
     * @return the verdict line, or null when the comparison has no template
     */
    public static String fill(String template, double slower, double faster, String scoreUnit) {
        if (template == null) {
            return null;
        }
        double difference = slower - faster;
        return template.replace("{share}", Format.percent(difference / slower))
                .replace("{difference}", (difference < 0 ? "-" : "") + Format.time(Math.abs(difference), scoreUnit))
                .replace("{ratio}", Format.times(slower / faster).replaceAll("x$", ""))
                .replace("{slower_rate}", rate(slower, scoreUnit))
                .replace("{faster_rate}", rate(faster, scoreUnit));
    }

    /** Units of work per second at {@code score} per unit: "6,164/s". */
    private static String rate(double score, String scoreUnit) {
        return String.format(java.util.Locale.ROOT, "%,.0f/s", 1e9 / (score * Format.nanosPerScore(scoreUnit)));
    }
}
