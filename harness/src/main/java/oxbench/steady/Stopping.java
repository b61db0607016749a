package oxbench.steady;

import java.util.Arrays;
import java.util.List;

/**
 * One fork's stopping decisions, fed one iteration at a time: first every warm-up iteration until
 * {@link #warmupDone} says warm-up is over, then every measured iteration until
 * {@link #measuringDone} says the fork is done. The same rule decides inside a JMH fork and in
 * oxbench for an external driver; given the same series and prior it always decides the same.
 *
 * <p>Adaptive warm-up ends when the series so far is steady: with the outliers left out, the last
 * segment PELT finds has at least {@link StoppingRule#steadyIterations()} iterations, spans at least
 * {@link StoppingRule#steadySeconds()}, and the means of its two halves do not differ (by more than
 * 1% and two standard errors of the difference: a slow drift that PELT does not split fails this). The detector runs only
 * once {@link StoppingRule#minWarmupSeconds()} have been spent, and looks at the last
 * {@value #DETECTOR_ITERATIONS} warm-up iterations at most, so that one iteration's decision stays
 * cheap however long warm-up goes on.
 */
public final class Stopping {
    /** Why warm-up ended. */
    public enum WarmupEnd { STEADY, CAPPED, FIXED }

    /** Why measuring ended. */
    public enum MeasurementEnd { TARGET, CAPPED, FIXED }

    /** The most recent warm-up iterations the steady-state detector looks at. */
    static final int DETECTOR_ITERATIONS = 1000;

    private final StoppingRule rule;
    private final double[] prior;
    private final Series warmup = new Series();
    private final Series measured = new Series();
    private WarmupEnd warmupEnd;
    private MeasurementEnd measurementEnd;

    /**
     * @param rule  the rule
     * @param prior the steady measured samples of the row's earlier forks, pooled (empty for the
     *              first fork): the target is reached when the interval over them and this fork's
     *              measured samples is narrow enough
     */
    public Stopping(StoppingRule rule, double[] prior) {
        this.rule = rule;
        this.prior = prior.clone();
        if (Integer.valueOf(0).equals(rule.warmupIterations())) {
            // no warm-up at all: it is over before the first iteration, and warmupDone is never called
            warmupEnd = WarmupEnd.FIXED;
        }
    }

    /**
     * Records one warm-up iteration: its score (time per unit of work) and how long it took.
     * Adaptive warm-up ends as steady when the detector says so, else as capped once the recorded
     * seconds reach the cap (steady is checked first: a series steady at the cap is steady).
     *
     * @return whether warm-up is over (no more warm-up iterations should run)
     * @throws IllegalStateException when warm-up is already over
     */
    public boolean warmupDone(double score, double seconds) {
        if (warmupEnd != null) {
            throw new IllegalStateException("warm-up is over (" + warmupEnd + ")");
        }
        warmup.add(score, seconds);
        if (!rule.adaptiveWarmup()) {
            if (warmup.size() >= rule.warmupIterations()) {
                warmupEnd = WarmupEnd.FIXED;
            }
        } else if (warmup.seconds() >= rule.minWarmupSeconds() && steady()) {
            warmupEnd = WarmupEnd.STEADY;
        } else if (warmup.seconds() >= rule.warmupCapSeconds()) {
            warmupEnd = WarmupEnd.CAPPED;
        }
        return warmupEnd != null;
    }

    /**
     * Records one measured iteration. Adaptive measuring ends, after at least
     * {@link StoppingRule#minMeasured()} iterations, at the target (the relative half-width over
     * the prior and this fork's measured samples), else as capped once the measured seconds reach
     * the cap (the target is checked first).
     *
     * @return whether the fork is done (no more measured iterations should run)
     * @throws IllegalStateException before warm-up is over, or when measuring is already over
     */
    public boolean measuringDone(double score, double seconds) {
        if (warmupEnd == null) {
            throw new IllegalStateException("measuring before warm-up is over");
        }
        if (measurementEnd != null) {
            throw new IllegalStateException("measuring is over (" + measurementEnd + ")");
        }
        measured.add(score, seconds);
        if (!rule.adaptiveMeasurement()) {
            if (measured.size() >= rule.measurementIterations()) {
                measurementEnd = MeasurementEnd.FIXED;
            }
        } else if (measured.size() >= rule.minMeasured() && reachedTarget()) {
            measurementEnd = MeasurementEnd.TARGET;
        } else if (measured.seconds() >= rule.measurementCapSeconds()) {
            measurementEnd = MeasurementEnd.CAPPED;
        }
        return measurementEnd != null;
    }

    /** Why warm-up ended; null while it goes on. */
    public WarmupEnd warmupEnd() {
        return warmupEnd;
    }

    /** Why measuring ended; null while it goes on. */
    public MeasurementEnd measurementEnd() {
        return measurementEnd;
    }

    /**
     * Whether a row that has had {@code steadySamples.size()} forks (each fork's steady measured
     * samples) needs another: fewer than the rule's minimum, or forks whose means disagree
     * ({@link RowSteadiness#forksDisagree}) and fewer than its maximum.
     */
    public static boolean anotherFork(StoppingRule rule, List<double[]> steadySamples) {
        if (steadySamples.size() < rule.minForks()) {
            return true;
        }
        return steadySamples.size() < rule.maxForks() && RowSteadiness.forksDisagree(steadySamples);
    }

    private boolean reachedTarget() {
        double[] pooled = Arrays.copyOf(prior, prior.length + measured.size());
        System.arraycopy(measured.scores, 0, pooled, prior.length, measured.size());
        return Interval.relativeHalfWidth(pooled) <= rule.target(); // false while NaN (one sample)
    }

    /** Whether the warm-up so far ends in a steady segment (see the class comment). */
    private boolean steady() {
        if (warmup.size() < rule.steadyIterations()) {
            return false;
        }
        int from = Math.max(0, warmup.size() - DETECTOR_ITERATIONS);
        double[] scores = Arrays.copyOfRange(warmup.scores, from, warmup.size());
        Segmentation.Segment last = Segmentation.of(scores, Outliers.of(scores)).last();
        if (last.iterations() < rule.steadyIterations()
                || warmup.secondsFrom(from + last.start()) < rule.steadySeconds()) {
            return false;
        }
        double[] values = last.values();
        int half = values.length / 2;
        return values.length >= 2
                && !halvesDiffer(Arrays.copyOfRange(values, 0, half), Arrays.copyOfRange(values, values.length - half, values.length));
    }

    /**
     * Whether a segment's halves differ: their means further apart than both 1% of their mean and two
     * standard errors of the difference. Stricter than the forks' test (99.9% intervals), which on a
     * few noisy iterations would let a series that is still falling count as steady.
     */
    static boolean halvesDiffer(double[] first, double[] second) {
        double a = Interval.mean(first);
        double b = Interval.mean(second);
        double error = Math.sqrt(variance(first) / first.length + variance(second) / second.length);
        return Math.abs(a - b) > Math.max(0.01 * Math.abs((a + b) / 2), 2 * error);
    }

    private static double variance(double[] values) {
        return values.length < 2 ? 0 : new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(values);
    }

    /** Scores and seconds, appended one iteration at a time. */
    private static final class Series {
        private double[] scores = new double[64];
        private double[] seconds = new double[64];
        private int size;
        private double total;

        void add(double score, double took) {
            if (!Double.isFinite(score) || !(took >= 0) || Double.isInfinite(took)) {
                throw new IllegalArgumentException("an iteration needs a finite score and duration, not " + score
                        + " in " + took + " s");
            }
            if (size == scores.length) {
                scores = Arrays.copyOf(scores, 2 * size);
                seconds = Arrays.copyOf(seconds, 2 * size);
            }
            scores[size] = score;
            seconds[size] = took;
            size++;
            total += took;
        }

        int size() {
            return size;
        }

        double seconds() {
            return total;
        }

        /** The seconds of the iterations from index {@code from} on. */
        double secondsFrom(int from) {
            double sum = 0;
            for (int i = from; i < size; i++) {
                sum += seconds[i];
            }
            return sum;
        }
    }
}
