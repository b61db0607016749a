package oxbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import oxbench.claims.ClaimResults;
import oxbench.jmh.FixedPlans;
import oxbench.jmh.MeasurementPlan;
import oxbench.story.Stories;
import oxbench.story.Claim;
import oxbench.story.ClaimOutcome;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.Story;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every registered story promises the generic core, checked over the registry so that a new
 * story is held to it without a test of its own: unique ids, every claim, comparison and baseline
 * naming one of the story's implementations, and a quick and a full plan for every implementation.
 */
class StoriesContractTest {
    private static final String ID = "[a-z0-9][a-z0-9-]*";

    private static final FixedPlans POLICY = new FixedPlans();

    @Test
    void storyIdsAreUniqueAndSafe() {
        List<String> ids = Stories.all().stream().map(Story::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate story ids: " + ids);
        ids.forEach(id -> assertTrue(id.matches(ID), "story id " + id));
    }

    @Test
    void claimKindsAreUniqueAcrossStories() {
        Map<String, Class<? extends ClaimOutcome>> kinds = ClaimResults.kinds(Stories.all());
        assertTrue(kinds.containsKey("speedup"), kinds.toString());
        kinds.keySet().forEach(kind -> assertTrue(kind.matches(ID), "claim kind " + kind));
    }

    @TestFactory
    List<DynamicTest> everyStoryNamesOnlyItsOwnImplementations() {
        return Stories.all().stream().map(story -> DynamicTest.dynamicTest(story.id(), () -> check(story))).toList();
    }

    static void check(Story<?> story) {
        assertFalse(story.title() == null || story.title().isBlank(), "a title");
        assertFalse(story.unitOfWork() == null || story.unitOfWork().isBlank(), "a unit of work");
        List<String> ids = story.implementations().stream().map(Implementation::id).toList();
        Set<String> known = Set.copyOf(ids);
        assertEquals(ids.size(), known.size(), "implementation ids are unique: " + ids);
        ids.forEach(id -> assertTrue(id.matches("[A-Za-z0-9][A-Za-z0-9._@+-]*"), "implementation id " + id));
        assertTrue(known.contains(story.baseline()), "the baseline " + story.baseline() + " is an implementation");
        for (String id : ids) {
            assertTrue(known.contains(story.baselineOf(id)), id + "'s baseline " + story.baselineOf(id) + " is an implementation");
            Implementation<?> impl = story.implementation(id);
            assertNotNull(impl.language(), id + " has a language");
            assertNotNull(impl.runtime(), id + " has a runtime");
            assertNotNull(impl.measurement(), id + " says how it is measured");
            for (boolean quick : new boolean[] {true, false}) {
                MeasurementPlan plan = POLICY.plan(impl, quick);
                assertTrue(plan.forks() >= 1 && plan.measurementIterations() >= 1, id + " has a " + plan.name() + " plan");
            }
        }
        assertTrue(known.containsAll(story.leftOutOfQuickRuns()), "left out of quick runs: " + story.leftOutOfQuickRuns());
        for (Claim<?> claim : story.claims()) {
            assertFalse(claim.impls().isEmpty(), claim.describe() + " is about some implementation");
            assertTrue(known.containsAll(claim.impls()), claim.describe() + " names " + claim.impls().stream()
                    .filter(impl -> !known.contains(impl)).collect(Collectors.joining(", ")));
            assertNotNull(claim.source(), claim.describe() + " quotes its source");
            assertNotNull(claim.kind().outcomeType(), claim.describe() + " has an outcome type");
        }
        for (Comparison comparison : story.comparisons()) {
            assertTrue(known.contains(comparison.slower()) && known.contains(comparison.faster()),
                    comparison.question() + " compares " + comparison.slower() + " and " + comparison.faster());
        }
    }
}
