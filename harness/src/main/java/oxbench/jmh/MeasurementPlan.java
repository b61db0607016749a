package oxbench.jmh;

import oxbench.steady.Stopping;
import oxbench.steady.StoppingRule;
import oxbench.story.Iterations;
import oxbench.story.Plans;
import oxbench.summary.Summary;

/**
 * How JMH (or an external driver) warms up and measures one implementation in this run, as a
 * {@link MeasurementPolicy} decided it: the length of one iteration and the {@link StoppingRule}
 * that ends warm-up, measuring and adding forks (fixed counts, or until steady and narrow enough).
 *
 * @param name              the run's mode, {@code quick} or {@code full}
 * @param policy            the policy that made it: {@code adaptive} or {@code fixed}
 * @param warmupMillis      length of one warm-up iteration
 * @param measurementMillis length of one measured iteration
 * @param rule              when warm-up and measuring end, and how many forks
 */
public record MeasurementPlan(String name, String policy, int warmupMillis, int measurementMillis, StoppingRule rule) {

    /** The fixed quick plan: one fork, enough to check everything works and see the orders of magnitude. */
    public static final MeasurementPlan QUICK = fixed(true, Plans.STANDARD.quick());

    /** The fixed full plan: three forks, long warm-up, error bars meant to be within a few percent. */
    public static final MeasurementPlan FULL = fixed(false, Plans.STANDARD.full());

    /** A fixed plan: the counts of {@code plan} in every fork, in a quick or a full run. */
    public static MeasurementPlan fixed(boolean quick, Iterations plan) {
        return new MeasurementPlan(quick ? "quick" : "full", "fixed", plan.warmupMillis(), plan.measurementMillis(),
                new StoppingRule(plan.warmupIterations(), 0, 0, 0, 0, plan.measurementIterations(), 1, 1, 0,
                        plan.forks(), plan.forks()));
    }

    /** Forks every row gets (more where the rule adds them). */
    public int forks() {
        return rule.minForks();
    }

    /** Warm-up iterations JMH is told to run: the fixed count, or as many as fit in the warm-up cap (the rule ends it sooner). */
    public int warmupIterations() {
        return rule.adaptiveWarmup() ? iterationsIn(rule.warmupCapSeconds(), warmupMillis) : rule.warmupIterations();
    }

    /** Measured iterations JMH is told to run: the fixed count, or as many as fit in the measurement cap. */
    public int measurementIterations() {
        return rule.adaptiveMeasurement() ? iterationsIn(rule.measurementCapSeconds(), measurementMillis)
                : rule.measurementIterations();
    }

    /**
     * JMH's loop bound for a phase capped at {@code seconds}: a quarter more than fit, since the rule's
     * cap counts the iterations' measured time, which can fall just short of their nominal length.
     */
    private static int iterationsIn(double seconds, int millis) {
        return Math.max(1, (int) Math.ceil(seconds * 1250 / millis) + 1);
    }

    /** Whether any phase of a fork, or the number of forks, is decided while measuring. */
    public boolean adaptive() {
        return rule.adaptiveWarmup() || rule.adaptiveMeasurement() || rule.adaptiveForks();
    }

    /** The half-width measuring aims at (0.02 is 2%), or null when the measured iterations are a fixed count. */
    public Double target() {
        return rule.adaptiveMeasurement() ? rule.target() : null;
    }

    /** The stopping decisions of one fork, after forks whose steady samples were {@code prior}. */
    public Stopping stopping(double[] prior) {
        return new Stopping(rule, prior);
    }

    /** This plan with the user's fixed counts (null keeps the plan's): each one turns off its part of the adaptive rule. */
    public MeasurementPlan with(Integer forks, Integer warmupIterations, Integer measurementIterations) {
        if (forks == null && warmupIterations == null && measurementIterations == null) {
            return this;
        }
        if ((forks != null && forks < 1) || (measurementIterations != null && measurementIterations < 1)
                || (warmupIterations != null && warmupIterations < 0)) {
            throw new IllegalArgumentException("--forks and --iterations must be at least 1, --warmup-iterations at least 0");
        }
        return new MeasurementPlan(name, policy, warmupMillis, measurementMillis, new StoppingRule(
                warmupIterations == null ? rule.warmupIterations() : warmupIterations,
                rule.minWarmupSeconds(), rule.warmupCapSeconds(), rule.steadySeconds(), rule.steadyIterations(),
                measurementIterations == null ? rule.measurementIterations() : measurementIterations,
                rule.target(), rule.minMeasured(), rule.measurementCapSeconds(),
                forks == null ? rule.minForks() : forks, forks == null ? rule.maxForks() : forks));
    }

    /** The same plan in a single fork (the scaling table's sizes besides the run's own). */
    public MeasurementPlan oneFork() {
        return with(1, null, null);
    }

    /**
     * The longest one call may take for an implementation to be measured at a size of a scaling
     * table: one measured iteration, or, where the policy caps measuring, the cap over the measured
     * iterations a fork needs at least (a longer call could not give the rule its minimum in time).
     */
    public double callCapSeconds() {
        return Math.max(measurementMillis / 1000.0, rule.measurementCapSeconds() / rule.minMeasured());
    }

    /** The longest one implementation can take, start-up aside: every fork at its caps. */
    public int secondsPerImplementation() {
        return (int) Math.ceil(rule.maxForks()
                * (warmupIterations() * (long) warmupMillis + measurementIterations() * (long) measurementMillis) / 1000.0);
    }

    /** As written in summary.json. */
    public Summary.Plan summary() {
        return new Summary.Plan(forks(), warmupIterations(), warmupMillis / 1000.0, measurementIterations(),
                measurementMillis / 1000.0, policy, target(), rule.maxForks());
    }
}
