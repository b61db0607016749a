package oxbench.check;

import oxbench.summary.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import oxbench.story.Claim;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.MeasurementNeeds;
import oxbench.story.InputOptions;
import oxbench.story.Story;
import oxbench.story.Warnings;
import oxbench.story.Workload;
import org.junit.jupiter.api.Test;

class OutputCheckTest {
    /** A story over a list of numbers whose function squares each; implementations may get it wrong. */
    private static final class Squares implements Story<List<Integer>> {
        @Override public String id() { return "squares"; }
        @Override public String title() { return "squares"; }
        @Override public String unitOfWork() { return "number"; }
        @Override public String baseline() { return "right"; }
        @Override public List<Implementation<List<Integer>>> implementations() { return List.of(impl("right", x -> x * x)); }
        @Override public List<Claim<?>> claims() { return List.of(); }
        @Override public List<Integer> prepare(InputOptions options, Warnings warnings) { return List.of(1, 2, 3); }
        @Override public int units(List<Integer> input) { return input.size(); }
        @Override @SuppressWarnings("unchecked") public Class<List<Integer>> inputType() { return (Class<List<Integer>>) (Class<?>) List.class; }
        @Override public Object inputSummary(List<Integer> input) { return input; }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> describe(List<Integer> input, Object output) {
            return ((List<Integer>) output).stream().map(String::valueOf).toList();
        }
    }

    static Implementation<List<Integer>> impl(String id, Function<Integer, Integer> function) {
        return new Implementation<>() {
            @Override public String id() { return id; }
            @Override public String language() { return "java"; }
            @Override public String runtime() { return "test"; }
            @Override public MeasurementNeeds measurement() { return MeasurementNeeds.of(CodeKind.HOST); }

            @Override
            public Workload open(List<Integer> input) {
                return () -> input.stream().map(function).toList();
            }
        };
    }

    private final Squares story = new Squares();
    private final List<Integer> input = List.of(1, 2, 3);

    @Test
    void aMatchingImplementationIsOkWithTheBaselinesDigest() throws Exception {
        List<String> expected = OutputCheck.expected(story, input);
        CheckResult check = OutputCheck.check(story, impl("also-right", x -> x * x), input, expected);
        assertEquals(Status.OK, check.status());
        assertEquals(OutputCheck.digest(List.of("1", "4", "9")), check.digest());
        assertNull(check.message());
    }

    @Test
    void aWrongAnswerIsAMismatchWithAReadableDiff() throws Exception {
        List<String> expected = OutputCheck.expected(story, input);
        CheckResult check = OutputCheck.check(story, impl("off-by-one", x -> x * x + (x == 2 ? 1 : 0)), input, expected);
        assertEquals(Status.MISMATCH, check.status());
        assertEquals("output differs from the baseline in 1 of 3 items: expected '4', got '5'", check.message());
    }

    @Test
    void aThrowingImplementationFailsWithOneLine() throws Exception {
        List<String> expected = OutputCheck.expected(story, input);
        CheckResult check = OutputCheck.check(story, impl("broken", x -> {
            throw new IllegalStateException("native library missing\nsecond line");
        }), input, expected);
        assertEquals(Status.FAILED, check.status());
        assertEquals("failed before timing: native library missing", check.message());
    }

    @Test
    void aShorterOutputIsReported() {
        String diff = OutputCheck.diff(List.of("a", "b"), List.of("a"));
        assertTrue(diff.contains("has 1 items instead of 2"), diff);
    }

    @Test
    void digestsAreSha256OfTheLines() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", OutputCheck.digest(List.of()));
    }
}
