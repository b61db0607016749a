package oxbench.run;

import java.util.List;
import java.util.Locale;

/**
 * The time cap of a scaling table: an implementation is not checked or measured at a size where one
 * call is predicted to take longer than the plan allows one call ({@link
 * oxbench.jmh.MeasurementPlan#callCapSeconds}), because a fork could then not measure the iterations
 * its rule needs within its cap, and warm-up and error bars would lose their meaning (and a quadratic
 * implementation would make the sweep last hours).
 *
 * <p>The prediction extends the implementation's own measurements: its time at the largest size
 * measured so far, grown to the new size with the exponent seen between its last two measured sizes
 * (at least 1, as no implementation gets faster per call with more input; 1 when only one size has
 * been measured).
 *
 * @param seconds the cap on one call, in seconds
 */
record CallCap(double seconds) {

    /** What one call is predicted to cost at a size, and from what. */
    record Prediction(double seconds, double exponent, String basis) {}

    /**
     * The predicted time of one call at {@code size}, or null with no measured size yet.
     *
     * @param sizes   the sizes measured so far, ascending, all below {@code size}
     * @param seconds the time of one call at each of them
     */
    static Prediction predict(List<Integer> sizes, List<Double> seconds, int size) {
        if (sizes.isEmpty()) {
            return null;
        }
        int last = sizes.size() - 1;
        double exponent = 1;
        String basis = "its time at " + sizes.get(last);
        if (last > 0) {
            double local = Math.log(seconds.get(last) / seconds.get(last - 1))
                    / Math.log((double) sizes.get(last) / sizes.get(last - 1));
            exponent = Math.max(1, local);
            basis = String.format(Locale.ROOT, "its times at %d and %d (n^%.2f)", sizes.get(last - 1), sizes.get(last), local);
        }
        return new Prediction(seconds.get(last) * Math.pow((double) size / sizes.get(last), exponent), exponent, basis);
    }

    /** Whether a call predicted to take so long is over the cap. */
    boolean exceeds(Prediction prediction) {
        return prediction != null && prediction.seconds() > seconds;
    }

    /** Why an implementation was not measured at {@code size}. */
    String message(Prediction prediction, int size, String unit) {
        return String.format(Locale.ROOT, "not measured at %d %s or more: one call predicted to take %.2f s from %s,"
                + " above the cap of %s s on one call", size, unit, prediction.seconds(), prediction.basis(),
                seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds));
    }
}
