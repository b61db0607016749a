package oxbench.results;

import oxbench.story.Comparison;

/** Fills a {@link Comparison#finding()} template with the measured numbers. */
public final class Findings {
    private Findings() {}

    /**
     * @param difference the slower's minus the faster's time per unit of work, in {@code scoreUnit}
     * @return the verdict line, or null when the comparison has no template
     */
    public static String fill(String template, double ratio, double difference, double share, String scoreUnit) {
        if (template == null) {
            return null;
        }
        return template.replace("{share}", Tables.percent(share))
                .replace("{difference}", Tables.time(difference, scoreUnit))
                .replace("{ratio}", Tables.times(ratio).replaceAll("x$", ""));
    }
}
