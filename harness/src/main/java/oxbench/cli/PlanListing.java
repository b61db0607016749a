package oxbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import oxbench.jmh.MeasurementPlan;
import oxbench.jmh.MeasurementPolicy;
import oxbench.results.Format;
import oxbench.steady.StoppingRule;
import oxbench.story.Implementation;
import oxbench.story.Story;

/**
 * {@code bench list --plans}: for every story, every implementation with the kind of code it declares
 * and the rule the measurement policy measures it by, quick and full, printed from the code. What a
 * run actually did (how long each fork warmed up, how many iterations it measured and why it stopped)
 * is in its results, not here.
 */
final class PlanListing {
    private static final String ROW = "  %-26s %-19s %-5s %-7s %-34s %-32s%n";

    private PlanListing() {}

    static void print(List<Story<?>> stories, List<MeasurementPolicy> policies, PrintWriter out) {
        for (Story<?> story : stories) {
            out.printf("%s:%n", story.id());
            out.printf(ROW, "implementation", "code", "mode", "plan", "warm-up", "measured");
            for (Implementation<?> impl : story.implementations()) {
                String kind = impl.measurement().kind().label();
                boolean first = true;
                for (MeasurementPolicy policy : policies) {
                    for (boolean quick : new boolean[] {true, false}) {
                        MeasurementPlan plan = policy.plan(impl, quick);
                        out.printf(ROW, first ? impl.id() : "", first ? kind : "", plan.name(), plan.policy(),
                                warmup(plan), measured(plan));
                        first = false;
                    }
                }
            }
        }
        out.println();
        out.println("adaptive: warm up until the changepoint detector finds the series steady (at least the floor, at most the cap),"
                + " measure until the 99.9% interval is within the target (at most the cap), forks: the first number, more while"
                + " their means disagree up to the second. Fork start-up and checks come on top.");
    }

    private static String warmup(MeasurementPlan plan) {
        StoppingRule rule = plan.rule();
        String iteration = Format.seconds(plan.warmupMillis() / 1000.0);
        if (!rule.adaptiveWarmup()) {
            return rule.warmupIterations() + " x " + iteration;
        }
        return String.format(Locale.ROOT, "until steady, %s-%s s, x %s", number(rule.minWarmupSeconds()),
                number(rule.warmupCapSeconds()), iteration);
    }

    private static String measured(MeasurementPlan plan) {
        StoppingRule rule = plan.rule();
        String iteration = Format.seconds(plan.measurementMillis() / 1000.0);
        String forks = rule.adaptiveForks() ? rule.minForks() + "-" + rule.maxForks() : Integer.toString(rule.minForks());
        if (!rule.adaptiveMeasurement()) {
            return rule.measurementIterations() + " x " + iteration + ", forks " + forks;
        }
        return String.format(Locale.ROOT, "to +-%s%%, <= %s s, x %s, forks %s", number(rule.target() * 100),
                number(rule.measurementCapSeconds()), iteration, forks);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
