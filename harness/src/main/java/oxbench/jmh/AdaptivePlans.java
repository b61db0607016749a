package oxbench.jmh;

import java.util.Locale;
import oxbench.steady.StoppingRule;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;

/**
 * The default policy: every fork warms up until its series is steady and measures until the 99.9%
 * interval is within the target, each phase with a cap; full runs start with two forks and add one
 * while their means disagree. What kind of code a row times ({@link CodeKind}) sets only the floor
 * and the cap of its warm-up: guest code under the Truffle JIT needs seconds before a plateau can be
 * trusted (a GraalPy row swung between 4 and 430 ms per call for its first 10-14 s here), host code
 * does not.
 */
public final class AdaptivePlans implements MeasurementPolicy {
    /** The default target half-widths: 10% for quick runs, 2% for full ones. */
    public static final double QUICK_TARGET = 0.10;
    public static final double FULL_TARGET = 0.02;

    private final Double target;

    /** The default targets. */
    public AdaptivePlans() {
        this(null);
    }

    /** @param target the half-width to measure to (0.02 is 2%), or null for the default of the run's mode */
    public AdaptivePlans(Double target) {
        if (target != null && !(target > 0 && target < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--target must be a percentage above 0 and below 100, not %s", target * 100));
        }
        this.target = target;
    }

    @Override
    public String name() {
        return "adaptive";
    }

    /** The story's plan: the one of host code (the summary's plan, and what a row without its own kind gets). */
    @Override
    public MeasurementPlan plan(boolean quick) {
        return plan(CodeKind.HOST, quick);
    }

    @Override
    public MeasurementPlan plan(Implementation<?> impl, boolean quick) {
        return plan(impl.measurement().kind(), quick);
    }

    MeasurementPlan plan(CodeKind kind, boolean quick) {
        boolean jit = kind == CodeKind.GUEST || kind == CodeKind.WASM;
        double aim = target != null ? target : quick ? QUICK_TARGET : FULL_TARGET;
        if (quick) {
            return new MeasurementPlan("quick", name(), 200, 200, new StoppingRule(null,
                    jit ? 3 : 1, jit ? 20 : 10, jit ? 2 : 1, jit ? 10 : 5,
                    null, aim, 5, 5, 1, 1));
        }
        return new MeasurementPlan("full", name(), 250, 500, new StoppingRule(null,
                jit ? 5 : 2, jit ? 40 : 20, jit ? 4 : 2, jit ? 15 : 8,
                null, aim, 10, 20, 2, 4));
    }
}
