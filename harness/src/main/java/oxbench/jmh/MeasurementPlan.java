package oxbench.jmh;

import oxbench.story.Iterations;
import oxbench.story.Plans;
import oxbench.summary.Summary;

/**
 * How long JMH (or an external driver) warms up and measures one implementation in this run, as a
 * {@link MeasurementPolicy} decided it; {@link Settling} checks afterwards that the measured
 * iterations no longer drift.
 *
 * @param name                the run's mode, {@code quick} or {@code full}
 * @param forks               JVMs per implementation (each with its own JIT history)
 * @param warmupIterations    iterations thrown away per fork
 * @param warmupMillis        length of one warm-up iteration
 * @param measurementIterations iterations kept per fork
 * @param measurementMillis   length of one measured iteration
 */
public record MeasurementPlan(
        String name, int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis) {

    /** {@code --quick}: one fork, enough to check everything works and see the orders of magnitude. */
    public static final MeasurementPlan QUICK = of(true, Plans.STANDARD.quick());

    /** The default: three forks, long warm-up, error bars meant to be within a few percent. */
    public static final MeasurementPlan FULL = of(false, Plans.STANDARD.full());

    /** A story's or an implementation's fixed plan, in a quick or a full run. */
    public static MeasurementPlan of(boolean quick, Iterations plan) {
        return new MeasurementPlan(quick ? "quick" : "full", plan.forks(), plan.warmupIterations(), plan.warmupMillis(),
                plan.measurementIterations(), plan.measurementMillis());
    }

    /** This plan with the user's overrides (null keeps the plan's value); the name says it was changed. */
    public MeasurementPlan with(Integer forks, Integer warmupIterations, Integer measurementIterations) {
        if (forks == null && warmupIterations == null && measurementIterations == null) {
            return this;
        }
        if ((forks != null && forks < 1) || (measurementIterations != null && measurementIterations < 1)
                || (warmupIterations != null && warmupIterations < 0)) {
            throw new IllegalArgumentException("--forks and --iterations must be at least 1, --warmup-iterations at least 0");
        }
        return new MeasurementPlan(name,
                forks == null ? this.forks : forks,
                warmupIterations == null ? this.warmupIterations : warmupIterations, warmupMillis,
                measurementIterations == null ? this.measurementIterations : measurementIterations, measurementMillis);
    }

    /** The same iterations in a single fork (the scaling table's sizes besides the run's own). */
    public MeasurementPlan oneFork() {
        return new MeasurementPlan(name, 1, warmupIterations, warmupMillis, measurementIterations, measurementMillis);
    }

    public int secondsPerImplementation() {
        return (int) Math.ceil(forks * (warmupIterations * (long) warmupMillis + measurementIterations * (long) measurementMillis) / 1000.0);
    }

    /** As written in summary.json. */
    public Summary.Plan summary() {
        return new Summary.Plan(forks, warmupIterations, warmupMillis / 1000.0, measurementIterations, measurementMillis / 1000.0);
    }
}
