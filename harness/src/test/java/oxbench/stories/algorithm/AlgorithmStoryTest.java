package oxbench.stories.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.stories.patterns.PatternStoryTest;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story's input (real fragments, their prototype fingerprints, the sweep) and its four implementations on it. */
class AlgorithmStoryTest {
    private static final AlgorithmStory STORY = new AlgorithmStory();

    @TempDir
    static Path dir;

    private static DuplicatesInput input;

    @BeforeAll
    static void prepare() throws Exception {
        System.setProperty("oxbench.cache", dir.resolve("cache").toString());
        input = STORY.prepare(new InputOptions(true, PatternStoryTest.corpus(dir)).with(FragmentOptions.of(160)), line -> {});
    }

    @Test
    void theSweepHalvesFromTheLargestSize() {
        assertEquals(List.of(250, 500, 1000, 2000, 4000, 8000, 16000), AlgorithmStory.sweep(16000, 7));
        assertEquals(List.of(5, 10, 20, 40, 80, 160), AlgorithmStory.sweep(160, 6));
        assertEquals(List.of(1, 2, 3), AlgorithmStory.sweep(3, 6), "tiny sizes are never repeated or zero");
        assertEquals(List.of(1), AlgorithmStory.sweep(1, 7));
    }

    @Test
    void theInputIsTheFirstFragmentsWithTheirPrototypeFingerprints() {
        assertEquals(160, input.size());
        assertEquals(AlgorithmStory.sweep(160, AlgorithmStory.QUICK_SIZES), input.sizes());
        assertEquals(190, input.poolSize());
        Map<String, Object> summary = STORY.inputSummary(input);
        // The 40 codec-like classes differ in their names only: their encode and decode methods are
        // exact duplicates, so among 160 of the 190 fragments there are many duplicates.
        long duplicates = (long) summary.get("duplicates");
        assertTrue(duplicates > 20 && duplicates < 160, summary.toString());
        int encode = input.ids().indexOf(input.ids().stream().filter(id -> id.endsWith(":encode")).findFirst().orElseThrow());
        long sameAsEncode = input.ids().stream().filter(id -> id.endsWith(":encode")).count();
        long equalFingerprints = java.util.Arrays.stream(input.fingerprints()).filter(fp -> fp == input.fingerprints()[encode]).count();
        assertEquals(sameAsEncode, equalFingerprints, "every encode method, and nothing else, has the same fingerprint");
        DuplicatesInput smaller = STORY.atSize(input, 20);
        assertEquals(input.ids().subList(0, 20), smaller.ids());
        assertEquals(input.fingerprints()[19], smaller.fingerprints()[19]);
    }

    @Test
    void everyImplementationAgreesAtEverySizeInGraalPyCPythonAndRust() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int size : input.sizes()) {
            DuplicatesInput sized = STORY.atSize(input, size);
            List<String> expected = OutputCheck.expected(STORY, sized);
            assertEquals(size, expected.size());
            for (Implementation<DuplicatesInput> impl : STORY.implementations()) {
                CheckResult check = OutputCheck.check(STORY, impl, sized, expected);
                assertEquals(Status.OK, check.status(), impl.id() + " at " + size + ": " + check.message());
                if (size == input.size()) {
                    ids.add(impl.id());
                }
            }
        }
        assertEquals(List.of("python-naive@graalpy", "python-nlogn@graalpy", "rust-naive@ffm", "rust-nlogn@ffm",
                "python-naive@cpython", "python-nlogn@cpython"), ids);
    }

    @Test
    void theOutputNamesEachFragmentsFirstDuplicate() {
        assertEquals(List.of("0 -> 0", "1 -> 0", "2 -> 2"), STORY.describe(input, new int[] {0, 0, 2}));
        assertThrows(IllegalStateException.class, () -> STORY.describe(input, "not a list"));
    }

    @Test
    void tooManyOrTooFewFragmentsAreUserErrors() {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> STORY.prepare(new InputOptions(false, dir.resolve("corpus")).with(FragmentOptions.of(191)), line -> {}));
        assertTrue(tooMany.getMessage().startsWith("--fragments 191 is more than the 190 functions and classes"),
                tooMany.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> STORY.prepare(new InputOptions(false, dir.resolve("corpus")).with(FragmentOptions.of(0)), line -> {}));
        assertEquals("--fragments must be at least 1, not 0", none.getMessage());
    }

    @Test
    void aSmallCorpusSweepsUpToAllItHasWithAWarning() {
        List<String> warnings = new ArrayList<>();
        DuplicatesInput all = STORY.prepare(new InputOptions(false, dir.resolve("corpus")), warnings::add);
        assertEquals(190, all.size());
        assertEquals(AlgorithmStory.sweep(190, AlgorithmStory.SIZES), all.sizes());
        assertTrue(warnings.stream().anyMatch(line -> line.contains("the sweep goes up to 190, not 16000")), warnings.toString());
    }
}
