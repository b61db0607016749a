package oxbench.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import oxbench.story.FixedEvidence;
import oxbench.summary.Status;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.ScalingPoint;
import org.junit.jupiter.api.Test;

/** A verdict that reads a row or point that is not steady, or whose forks disagree, says so; the verdict stays. */
class ClaimWarningsTest {
    private static Summary.SteadyState state(String steadyClass, boolean consistent, String... forkClasses) {
        List<Summary.ForkState> forks = java.util.Arrays.stream(forkClasses)
                .map(fork -> new Summary.ForkState(fork, List.of(12, 40), 12, 20, 60, "steady", "capped")).toList();
        return new Summary.SteadyState(steadyClass, consistent, forks, 0.02, false);
    }

    private static ImplementationResult row(String impl, double score, Summary.SteadyState state) {
        return ImplementationResult.of(impl, "js", "GraalJS").score(score, score * 0.01, score * 0.99, score * 1.01)
                .settling(state == null || state.steady(), 0.0, 10).steadyState(state).build();
    }

    @Test
    void aSpeedupClaimOnARowWithNoSteadyStateIsWarnedAboutAndKeepsItsVerdict() {
        SpeedupClaim claim = SpeedupClaim.factor("python@graalpy", "js@graaljs", 2, "call", "a test");
        ImplementationResult base = row("python@graalpy", 100, state("flat", true, "flat", "flat"));
        SpeedupClaim.Outcome warned = claim.judge(FixedEvidence.ofRows("us/call", base,
                row("js@graaljs", 10, state("no-steady-state", true, "no-steady-state", "no-steady-state"))));
        SpeedupClaim.Outcome steady = claim.judge(FixedEvidence.ofRows("us/call", base,
                row("js@graaljs", 10, state("flat", true, "flat", "flat"))));

        assertEquals(List.of("js@graaljs has no steady state: its number is not a steady score"), warned.warnings());
        assertEquals(List.of(), steady.warnings());
        assertEquals(steady.verdict(), warned.verdict());
    }

    @Test
    void aSlowdownAndAnInconsistentRowAreWarnedAboutByName() {
        assertEquals(List.of("a@x slowed down and stayed slower (slowdown): its number is not a steady score",
                "b@x is inconsistent: its forks disagree (flat, warmup from iteration 12)"),
                ClaimWarnings.ofRows(row("a@x", 5, state("slowdown", true, "slowdown")),
                        row("b@x", 5, state("warmup", false, "flat", "warmup"))));
    }

    @Test
    void aRowOfARunFromBeforeIssue18IsStillReadBySettled() {
        ImplementationResult unsettled = ImplementationResult.of("a@x", "js", "GraalJS").score(5.0, 0.1, 4.9, 5.1)
                .settling(false, 0.08, 10).build();
        assertEquals(List.of("a@x had not settled (+8.0% drift over a fork)"), ClaimWarnings.ofRows(unsettled));
    }

    @Test
    void aScalingPointThatIsNotSteadyIsWarnedAboutBySize() {
        ScalingPoint none = new ScalingPoint("naive", 1000, Status.OK, 5.0, 0.1, 4.9, 5.1, null, false,
                state("no-steady-state", true, "no-steady-state"));
        ScalingPoint old = new ScalingPoint("fast", 1000, Status.OK, 5.0, 0.1, 4.9, 5.1, null, false);
        assertEquals(List.of("naive at 1000 patterns has no steady state: its number is not a steady score",
                "fast at 1000 patterns had not settled"), ClaimWarnings.ofPoints("patterns", List.of(none, old)));
    }
}
