package oxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.progress.Progress;
import oxbench.jmh.FixedPlans;
import oxbench.story.Claim;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import oxbench.story.ClaimKind;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Scalable;
import oxbench.story.Story;
import oxbench.story.Warnings;
import oxbench.story.Workload;
import oxbench.summary.ClaimResult;
import oxbench.summary.Status;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.ScalingPoint;
import oxbench.summary.Summary.StoryResult;
import oxbench.summary.Table;
import oxbench.summary.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The runner's pipeline on a story made up here: its implementations square numbers in this JVM,
 * and a measurer stands in for JMH (its times are made up too), so the whole pipeline runs in
 * milliseconds without GraalVM, JMH forks or external processes.
 */
class StoryRunnerTest {
    private static final MeasurementPlan PLAN = MeasurementPlan.fixed(true, new oxbench.story.Iterations(1, 1, 1000, 3, 1000));

    /** An implementation of the made-up story: squares every number, or gets one wrong. */
    private record Squarer(String id, IntUnaryOperator square) implements Implementation<List<Integer>> {
        @Override
        public String language() {
            return "java";
        }

        @Override
        public String runtime() {
            return "this JVM";
        }

        @Override
        public MeasurementNeeds measurement() {
            return MeasurementNeeds.of(CodeKind.HOST);
        }

        @Override
        public Workload open(List<Integer> input) {
            return () -> input.stream().map(square::applyAsInt).toList();
        }
    }

    /** A claim kind no real story has: "the candidate is at least as fast as the baseline". */
    private record AtLeastAsFast(String candidate, String baseline) implements Claim<AtLeastAsFast.Outcome> {
        @Override
        public ClaimKind<Outcome> kind() {
            return new ClaimKind<>("at-least-as-fast", Outcome.class);
        }

        @Override
        public String source() {
            return "a made-up claim";
        }

        @Override
        public List<String> impls() {
            return List.of(candidate, baseline);
        }

        @Override
        public String describe() {
            return candidate + " is at least as fast as " + baseline;
        }

        @Override
        public Outcome judge(Evidence evidence) {
            ImplementationResult a = evidence.row(candidate);
            ImplementationResult b = evidence.row(baseline);
            boolean measured = a != null && b != null && a.measured() && b.measured();
            return new Outcome(candidate, baseline, measured ? b.score() / a.score() : null,
                    !measured ? Verdict.INCONCLUSIVE : a.score() <= b.score() ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED);
        }

        record Outcome(String candidate, String baseline, Double ratio, Verdict verdict) implements ClaimOutcome {
            @Override
            public ClaimResult present() {
                return new ClaimResult("at-least-as-fast", candidate + " vs " + baseline, verdict, "ratio " + ratio, "a made-up claim",
                        List.of(candidate, baseline), List.of(), List.of(new Table("Made-up claims", List.of(), null,
                                List.of("claim", "verdict"), List.of(List.of(candidate, verdict.label())), List.of())),
                        null, null, null);
            }
        }
    }

    /** A claim whose rule throws. */
    private record BrokenRule(AtLeastAsFast claim) implements Claim<AtLeastAsFast.Outcome> {
        @Override
        public ClaimKind<AtLeastAsFast.Outcome> kind() {
            return claim.kind();
        }

        @Override
        public String source() {
            return claim.source();
        }

        @Override
        public List<String> impls() {
            return claim.impls();
        }

        @Override
        public String describe() {
            return claim.describe();
        }

        @Override
        public AtLeastAsFast.Outcome judge(Evidence evidence) {
            throw new ArithmeticException("/ by zero");
        }
    }

    /** Squares of 1..n; the unit of work is one number. */
    private static class Squares implements Story<List<Integer>> {
        private final List<Implementation<List<Integer>>> impls = List.of(
                new Squarer("right", x -> x * x),
                new Squarer("fast", x -> x * x),
                new Squarer("wrong", x -> x == 3 ? 10 : x * x),
                new Squarer("thrower", x -> {
                    throw new IllegalStateException("no squares today");
                }),
                new Squarer("slow", x -> x * x),
                new Squarer("extra", x -> x * x));

        @Override
        public String id() {
            return "squares";
        }

        @Override
        public String title() {
            return "Squares";
        }

        @Override
        public String unitOfWork() {
            return "number";
        }

        @Override
        public String baseline() {
            return "right";
        }

        @Override
        public List<Implementation<List<Integer>>> implementations() {
            return impls;
        }

        @Override
        public List<Claim<?>> claims() {
            return List.of(new AtLeastAsFast("fast", "right"), new AtLeastAsFast("extra", "right"));
        }

        @Override
        public List<Integer> prepare(InputOptions options, Warnings warnings) {
            return IntStream.rangeClosed(1, 100).boxed().toList();
        }

        @Override
        public int units(List<Integer> input) {
            return input.size();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Class<List<Integer>> inputType() {
            return (Class<List<Integer>>) (Class<?>) List.class;
        }

        @Override
        public List<String> describe(List<Integer> input, Object output) {
            return ((List<?>) output).stream().map(String::valueOf).toList();
        }

        @Override
        public Object inputSummary(List<Integer> input) {
            return Map.of("numbers", input.size());
        }
    }

    /** The same story measured at 10, 100 and 1000 numbers. */
    private static final class ScalableSquares extends Squares implements Scalable<List<Integer>> {
        @Override
        public String sizeUnit() {
            return "numbers";
        }

        @Override
        public int size(List<Integer> input) {
            return input.size();
        }

        @Override
        public List<Integer> sizes(List<Integer> input) {
            return List.of(10, 100, 1000);
        }

        @Override
        public List<Integer> atSize(List<Integer> input, int size) {
            return IntStream.rangeClosed(1, size).boxed().toList();
        }

        @Override
        public List<Integer> prepare(InputOptions options, Warnings warnings) {
            return atSize(List.of(), 1000);
        }
    }

    /**
     * Stands in for JMH: "measures" each implementation with a made-up time per number (2 us for
     * "fast", 4 us for the rest; "slow" grows with the square of the input), reports "failing" as
     * failed, and can stop the run after some implementations.
     */
    private static final class MadeUpTimes implements Measurer {
        final List<List<String>> asked = new ArrayList<>();
        int stopAfter = Integer.MAX_VALUE;
        String failing;

        @Override
        public <I> JmhRunner.Outcome measure(Story<I> story, I input, Map<String, MeasurementPlan> plans, String files,
                java.util.function.Consumer<JmhRunner.Outcome> soFar) throws Exception {
            asked.add(List.copyOf(plans.keySet()));
            int n = story.units(input);
            Map<String, Measurement> measured = new LinkedHashMap<>();
            Map<String, String> failures = new LinkedHashMap<>();
            for (String impl : plans.keySet()) {
                if (measured.size() + failures.size() == stopAfter) {
                    throw new InterruptedException("stopped");
                }
                if (impl.equals(failing)) {
                    failures.put(impl, "the fork died");
                } else {
                    double perNumber = impl.equals("fast") ? 2 : impl.equals("slow") ? 1e-5 * n * n * 1e6 / n : 4;
                    measured.put(impl, new Measurement(perNumber, perNumber / 100, perNumber * 0.99, perNumber * 1.01, "us/op",
                            List.of(new double[] {perNumber, perNumber, perNumber}), Map.of(), null));
                }
                soFar.accept(new JmhRunner.Outcome(Map.copyOf(measured), Map.copyOf(failures)));
            }
            return new JmhRunner.Outcome(measured, failures);
        }
    }

    private static final Progress QUIET = new Progress() {
        @Override
        public void note(String line) {}

        @Override
        public void step(Step step) {}

        @Override
        public void done() {}
    };

    private static StoryResult run(Story<List<Integer>> story, MadeUpTimes times, List<StoryResult> soFar, String... ids)
            throws Exception {
        StoryRunner runner = new StoryRunner(true, new FixedPlans(), UnaryOperator.identity(), QUIET, times);
        List<Implementation<List<Integer>>> chosen = List.of(ids).stream().map(story::implementation).toList();
        return runner.run(story, chosen, new InputOptions(true, null), soFar::add);
    }

    private static ImplementationResult row(StoryResult result, String impl) {
        return result.implementations().stream().filter(row -> row.impl().equals(impl)).findFirst().orElseThrow();
    }

    @Test
    void onlyImplementationsThatMatchTheBaselineAreTimedAndAMismatchFailsOnlyItsRow() throws Exception {
        MadeUpTimes times = new MadeUpTimes();
        StoryResult result = run(new Squares(), times, new ArrayList<>(), "right", "fast", "wrong", "thrower");
        assertEquals(List.of(List.of("right", "fast")), times.asked, "checked before timing: only matching rows reach the measurer");
        assertEquals(Status.MISMATCH, row(result, "wrong").status());
        assertTrue(row(result, "wrong").message().contains("9"), row(result, "wrong").message());
        assertEquals(Status.FAILED, row(result, "thrower").status());
        assertTrue(row(result, "thrower").message().contains("no squares today"), row(result, "thrower").message());
        assertEquals(Status.OK, row(result, "fast").status());
        assertEquals(2.0, row(result, "fast").score());
        assertEquals(2.0, row(result, "fast").speedup(), 1e-9, "4 us / 2 us against the baseline");
        assertEquals(row(result, "right").digest(), row(result, "fast").digest(), "equal outputs, equal digests");
    }

    @Test
    void aFailureWhileMeasuringFailsItsRowAndKeepsTheOthers() throws Exception {
        MadeUpTimes times = new MadeUpTimes();
        times.failing = "fast";
        StoryResult result = run(new Squares(), times, new ArrayList<>(), "right", "fast", "slow");
        assertEquals(Status.FAILED, row(result, "fast").status());
        assertEquals("measurement failed: the fork died", row(result, "fast").message());
        assertTrue(row(result, "right").measured() && row(result, "slow").measured());
    }

    @Test
    void aRunStoppedMidStoryKeepsWhatItMeasured() {
        MadeUpTimes times = new MadeUpTimes();
        times.stopAfter = 2;
        List<StoryResult> soFar = new ArrayList<>();
        assertThrows(InterruptedException.class, () -> run(new Squares(), times, soFar, "right", "fast", "slow"));
        StoryResult last = soFar.getLast();
        assertTrue(row(last, "right").measured() && row(last, "fast").measured(), "the first two were measured");
        assertEquals(Status.INTERRUPTED, row(last, "slow").status());
        assertEquals("checked, but the run stopped before it was measured", row(last, "slow").message());
        assertEquals(Status.INTERRUPTED, row(soFar.getFirst(), "right").status(), "before measuring: checked, nothing timed yet");
    }

    @Test
    void aClaimIsCheckedOnlyWhenEveryImplementationItIsAboutRan() throws Exception {
        StoryResult result = run(new Squares(), new MadeUpTimes(), new ArrayList<>(), "right", "fast");
        assertEquals(1, result.claims().size(), "the claim about 'extra', which was not chosen, is not checked");
        ClaimResult claim = result.claims().getFirst();
        assertEquals("at-least-as-fast", claim.kind());
        assertEquals(Verdict.REPRODUCED, claim.verdict());
        assertEquals(List.of("fast", "right"), claim.impls());
        assertEquals(2.0, claim.data().get("ratio").asDouble(), 1e-9, "the kind's own fields are the claim's data");
        assertEquals("Made-up claims", claim.tables().getFirst().title());
        assertEquals(List.of("wrong", "thrower", "slow", "extra"), result.notRun().stream().map(n -> n.impl()).toList());
    }

    @Test
    void aClaimWhoseRuleFailsIsNotCheckedAndTheRunGoesOn() throws Exception {
        Squares broken = new Squares() {
            @Override
            public List<Claim<?>> claims() {
                return List.of(new BrokenRule(new AtLeastAsFast("fast", "right")), new AtLeastAsFast("right", "fast"));
            }
        };
        StoryResult result = run(broken, new MadeUpTimes(), new ArrayList<>(), "right", "fast");
        ClaimResult failed = result.claims().get(0);
        assertEquals(Verdict.INCONCLUSIVE, failed.verdict());
        assertEquals(List.of("the claim could not be checked: its rule failed: ArithmeticException: / by zero"),
                failed.warnings());
        assertEquals("at-least-as-fast", failed.kind());
        assertEquals(Verdict.NOT_REPRODUCED, result.claims().get(1).verdict(), "the next claim is checked as usual");
        assertTrue(row(result, "fast").measured());
    }

    @Test
    void anImplementationPredictedOverTheCapIsCappedAtTheLargerSizes() throws Exception {
        MadeUpTimes times = new MadeUpTimes();
        StoryResult result = run(new ScalableSquares(), times, new ArrayList<>(), "right", "fast", "slow");
        assertEquals(List.of(List.of("right", "fast", "slow"), List.of("right", "fast", "slow"), List.of("right", "fast")),
                times.asked, "slow takes 1 ms at 10 numbers and 100 ms at 100: about 10 s at 1000, over the 1 s cap");
        List<ScalingPoint> slow = result.scaling().points().stream().filter(point -> point.impl().equals("slow")).toList();
        assertEquals(List.of(Status.OK, Status.OK, Status.CAPPED), slow.stream().map(ScalingPoint::status).toList());
        assertEquals(Status.CAPPED, row(result, "slow").status(), "1000 numbers is the run's own size");
        assertNotNull(row(result, "slow").message());
        assertFalse(row(result, "slow").status().failure(), "a cap is a documented rule, not a failure");
        assertTrue(row(result, "fast").measured());
    }
}
