package oxbench.steady;

import java.util.Arrays;
import java.util.Random;

/** Series of known shape for the steady-state tests, from a fixed seed. */
final class Synthetic {
    private final Random random;
    private double[] series = new double[0];

    private Synthetic(long seed) {
        random = new Random(seed);
    }

    static Synthetic seed(long seed) {
        return new Synthetic(seed);
    }

    /** {@code n} points around {@code level} with normal noise of {@code cv} times the level. */
    Synthetic level(int n, double level, double cv) {
        return ramp(n, level, level, cv);
    }

    /** {@code n} points whose level goes linearly from {@code from} to {@code to}, with noise of {@code cv} times it. */
    Synthetic ramp(int n, double from, double to, double cv) {
        double[] more = new double[n];
        for (int i = 0; i < n; i++) {
            double level = n == 1 ? from : from + (to - from) * i / (n - 1);
            more[i] = level * (1 + cv * random.nextGaussian());
        }
        return append(more);
    }

    /** The point {@code index} set to {@code value} (a spike). */
    Synthetic set(int index, double value) {
        series[index] = value;
        return this;
    }

    Synthetic append(double... more) {
        double[] longer = Arrays.copyOf(series, series.length + more.length);
        System.arraycopy(more, 0, longer, series.length, more.length);
        series = longer;
        return this;
    }

    double[] series() {
        return series.clone();
    }

    static double[] constant(int n, double value) {
        double[] series = new double[n];
        Arrays.fill(series, value);
        return series;
    }
}
