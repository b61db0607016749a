package oxbench.steady;

import java.util.List;

/**
 * One row's steady state over its forks: the worst fork's class, and whether the forks agree (the
 * same class, and steady means that do not differ; see {@link #forksDisagree}).
 */
public record RowSteadiness(SteadyClass steadyClass, boolean consistent, List<ForkSteadiness> forks) {
    /** How much two means must differ, relative to the smaller, to count as different. */
    static final double RELATIVE_DIFFERENCE = 0.01;

    public RowSteadiness {
        forks = List.copyOf(forks);
    }

    /**
     * @param forks         every fork's classification
     * @param steadySamples every fork's steady measured samples, in the same order
     */
    public static RowSteadiness of(List<ForkSteadiness> forks, List<double[]> steadySamples) {
        if (forks.size() != steadySamples.size()) {
            throw new IllegalArgumentException(forks.size() + " forks but " + steadySamples.size() + " sets of samples");
        }
        List<SteadyClass> classes = forks.stream().map(ForkSteadiness::steadyClass).toList();
        boolean sameClass = classes.stream().distinct().count() <= 1;
        return new RowSteadiness(SteadyClass.worst(classes), sameClass && !forksDisagree(steadySamples), forks);
    }

    /**
     * Whether any two forks' steady means differ beyond their intervals and by more than 1%: by more
     * than the sum of their 99.9% half-widths ({@link Interval#halfWidth}; 0 for a fork of one
     * sample) and by more than 1% of the smaller mean. Forks with no samples are left out.
     */
    public static boolean forksDisagree(List<double[]> steadySamples) {
        List<double[]> forks = steadySamples.stream().filter(samples -> samples.length > 0).toList();
        for (int i = 0; i < forks.size(); i++) {
            for (int j = i + 1; j < forks.size(); j++) {
                if (differ(forks.get(i), forks.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the means of {@code a} and {@code b} differ by more than both 1% of the smaller and
     * the sum of their half-widths (the same test the warm-up detector puts a segment's two halves to).
     */
    static boolean differ(double[] a, double[] b) {
        double meanA = Interval.mean(a);
        double meanB = Interval.mean(b);
        double difference = Math.abs(meanA - meanB);
        return difference > RELATIVE_DIFFERENCE * Math.min(Math.abs(meanA), Math.abs(meanB))
                && difference > halfWidthOrZero(a) + halfWidthOrZero(b);
    }

    /** The 99.9% half-width, 0 for a single sample (it has no interval, so it is taken as exact). */
    static double halfWidthOrZero(double[] samples) {
        return samples.length < 2 ? 0 : Interval.halfWidth(samples);
    }
}
