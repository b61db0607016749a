package oxbench.story;

/**
 * One fixed measurement plan: how many forks (JVMs, or processes of an external driver), and in each
 * how many warm-up iterations are thrown away and how many measured ones kept, of how long.
 *
 * @param forks                 forks per implementation (each with its own JIT history)
 * @param warmupIterations      iterations thrown away per fork
 * @param warmupMillis          length of one warm-up iteration
 * @param measurementIterations iterations kept per fork
 * @param measurementMillis     length of one measured iteration
 */
public record Iterations(int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis) {
    public Iterations {
        if (forks < 1 || warmupIterations < 0 || measurementIterations < 1 || warmupMillis < 1 || measurementMillis < 1) {
            throw new IllegalArgumentException("a plan needs at least one fork and one measured iteration, and iterations"
                    + " of at least 1 ms: " + forks + ", " + warmupIterations + " x " + warmupMillis + " ms, "
                    + measurementIterations + " x " + measurementMillis + " ms");
        }
    }
}
