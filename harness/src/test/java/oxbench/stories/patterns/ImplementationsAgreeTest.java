package oxbench.stories.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import oxbench.corpus.Fragment;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every implementation of the pattern matcher returns the prototype's matches, similarities bit for bit. */
class ImplementationsAgreeTest {
    private static final PatternStory STORY = new PatternStory();

    private static String hex(long value) {
        return String.format("%016x", value);
    }

    private static Fragment pattern(String id, long... values) {
        return new Fragment(id, java.util.Arrays.stream(values).sorted().mapToObj(ImplementationsAgreeTest::hex)
                .sorted().toList());
    }

    /**
     * Edge cases (exactly at the threshold, empty, identical, hashes at both ends of the unsigned
     * range, ids that need escaping in JSON) and 300 random sets around the query.
     */
    static PatternInput trickyInput() {
        long top = -1L; // 0xffffffffffffffff
        long sign = 0x8000_0000_0000_0000L;
        Fragment query = pattern("query", 0, 1, 2, 3, sign, top);
        List<Fragment> patterns = new ArrayList<>(List.of(
                pattern("identical", 0, 1, 2, 3, sign, top),
                pattern("at-threshold 6/8", 0, 1, 2, 3, sign, top, 7, 8),
                pattern("above 6/7", 0, 1, 2, 3, sign, top, 9),
                new Fragment("empty", List.of()),
                pattern("disjoint", 4, 5, 6),
                pattern("quote \" backslash \\ é 🦀", 0, 1, 2, 3, sign, top)));
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            TreeSet<Long> values = new TreeSet<>(List.of(0L, 1L, 2L, 3L, sign, top));
            for (int k = random.nextInt(4); k > 0; k--) {
                values.add((long) random.nextInt(12));
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                values.remove(values.first());
            }
            patterns.add(pattern("random" + i, values.stream().mapToLong(Long::longValue).toArray()));
        }
        return new PatternInput("test", patterns.size(), patterns.size(), query, patterns, List.of());
    }

    static List<Named<Implementation<PatternInput>>> candidates() {
        return STORY.implementations().stream().map(impl -> Named.of(impl.id(), impl)).toList();
    }

    @ParameterizedTest
    @MethodSource("candidates")
    void computesThePrototypesOutput(Implementation<PatternInput> implementation) throws Exception {
        PatternInput input = trickyInput();
        List<String> expected = OutputCheck.expected(STORY, input);
        assertTrue(expected.contains("identical 1.0"), expected.toString());
        assertTrue(expected.contains("above 6/7 " + (6.0 / 7)), expected.toString());
        assertTrue(expected.stream().noneMatch(line -> line.startsWith("at-threshold")), "0.75 is not above 0.75");
        assertTrue(expected.size() > 10 && expected.size() < 200, "some match, many do not: " + expected.size());
        CheckResult check = OutputCheck.check(STORY, implementation, input, expected);
        assertEquals(Status.OK, check.status(), check.message());
    }

    @ParameterizedTest
    @MethodSource("candidates")
    void aWorkloadGivesTheSameAnswerOnEveryCall(Implementation<PatternInput> implementation) throws Exception {
        PatternInput input = trickyInput();
        try (Workload workload = implementation.open(input)) {
            List<String> first = STORY.describe(input, workload.run());
            for (int i = 0; i < 50; i++) {
                workload.run();
            }
            assertEquals(first, STORY.describe(input, workload.run()));
        }
    }

    @Test
    void aChangedSimilarityIsAMismatch() {
        PatternInput input = trickyInput();
        List<String> right = STORY.describe(input, new Matches(new int[] {0, 2}, new double[] {1.0, 6.0 / 7}));
        List<String> wrong = STORY.describe(input, new Matches(new int[] {0, 2}, new double[] {1.0, Math.nextUp(6.0 / 7)}));
        String diff = OutputCheck.diff(right, wrong);
        assertNotNull(diff);
        assertTrue(diff.contains("1 of 2"), diff);
    }

    @Test
    void somethingElseThanMatchesIsRejected() {
        assertThrows(IllegalStateException.class, () -> STORY.describe(trickyInput(), "not matches"));
    }
}
