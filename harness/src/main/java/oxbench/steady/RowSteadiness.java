package oxbench.steady;

import java.util.List;

/**
 * One row's steady state over its forks: the worst fork's class, and whether the forks agree (the
 * same class, and steady means that do not differ; see {@link #forksDisagree}).
 */
public record RowSteadiness(SteadyClass steadyClass, boolean consistent, List<ForkSteadiness> forks) {
    public RowSteadiness {
        forks = List.copyOf(forks);
    }

    /**
     * @param forks         every fork's classification
     * @param steadySamples every fork's steady measured samples, in the same order
     */
    public static RowSteadiness of(List<ForkSteadiness> forks, List<double[]> steadySamples) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Whether any two forks' steady means differ beyond their intervals and by more than 1%. */
    public static boolean forksDisagree(List<double[]> steadySamples) {
        throw new UnsupportedOperationException("to be written");
    }
}
