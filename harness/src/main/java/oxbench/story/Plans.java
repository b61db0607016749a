package oxbench.story;

/**
 * A story's fixed plans: one for quick runs ({@code --quick}) and one for full runs.
 *
 * <p>Guest code on 2 cores needs many seconds of calls before the optimizing tier settles: measured
 * here (fingerprint story, GraalPy 25.0.2, 2 cores), python@graalpy swung between about 4 and 430 ms per
 * file for the first 10-14 one-second iterations and held within 1% from the 15th on. The
 * {@link #STANDARD} warm-up is therefore 15 s (quick) and 20 s (full) per fork, and the runner checks
 * afterwards that the measured iterations no longer drift.
 */
public record Plans(Iterations quick, Iterations full) {
    /**
     * Quick: one fork, enough to check everything works and see the orders of magnitude. Full: three
     * forks, long warm-up, error bars meant to be within a few percent.
     */
    public static final Plans STANDARD = new Plans(new Iterations(1, 15, 1000, 5, 1000), new Iterations(3, 20, 1000, 10, 1000));

    public Plans {
        if (quick == null || full == null) {
            throw new IllegalArgumentException("a story's plans need both a quick and a full plan");
        }
    }

    /** The quick or the full plan. */
    public Iterations of(boolean quick) {
        return quick ? this.quick : full;
    }
}
