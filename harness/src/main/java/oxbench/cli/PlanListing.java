package oxbench.cli;

import java.io.PrintWriter;
import java.util.List;
import oxbench.jmh.MeasurementPlan;
import oxbench.jmh.MeasurementPolicy;
import oxbench.results.Format;
import oxbench.story.Implementation;
import oxbench.story.Story;

/**
 * {@code bench list --plans}: for every story, every implementation with the kind of code it declares
 * and the quick and full plans the measurement policy gives it, printed from the code so that no
 * hand-kept table can drift from what a run does. {@code --forks} and the iteration options of
 * {@code bench run} change these for one run.
 */
final class PlanListing {
    private static final String ROW = "  %-26s %-19s %-5s %5s %11s %11s %8s  %s%n";

    private PlanListing() {}

    static void print(List<Story<?>> stories, MeasurementPolicy policy, PrintWriter out) {
        for (Story<?> story : stories) {
            out.printf("%s:%n", story.id());
            out.printf(ROW, "implementation", "code", "mode", "forks", "warm-up", "measured", "about", "plan");
            for (Implementation<?> impl : story.implementations()) {
                String kind = impl.measurement().kind().label();
                for (boolean quick : new boolean[] {true, false}) {
                    MeasurementPlan plan = policy.plan(story, impl, quick);
                    out.printf(ROW, quick ? impl.id() : "", quick ? kind : "", plan.name(), plan.forks(),
                            iterations(plan.warmupIterations(), plan.warmupMillis()),
                            iterations(plan.measurementIterations(), plan.measurementMillis()),
                            plan.secondsPerImplementation() + " s",
                            plan.equals(policy.plan(story, quick)) ? "story's" : "own");
                }
            }
        }
        out.println();
        out.println("about: forks x (warm-up + measured), per implementation; fork start-up, checks and the other sizes"
                + " of a scaling table (one fork each) come on top.");
    }

    private static String iterations(int count, int millis) {
        return count + " x " + Format.seconds(millis / 1000.0);
    }
}
