package oxbench.steady;

/**
 * Classifies one fork's series (Barrett et al.): outliers marked and left out, changepoints found
 * by {@link Pelt}, each earlier segment compared with the last, and the fork called flat, warmup,
 * slowdown or no-steady-state.
 */
public final class Classifier {
    private Classifier() {}

    /**
     * @param series       every iteration's score, warm-up included, in order
     * @param measuredFrom the index of the first measured iteration
     */
    public static ForkSteadiness classify(double[] series, int measuredFrom) {
        throw new UnsupportedOperationException("to be written");
    }
}
