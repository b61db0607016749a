package oxbench.stories.pitfallblocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.TimeUnit;
import oxbench.stories.boundary.JavaFnv;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.story.InputOptions;
import oxbench.story.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Both scenarios compute the same call result and fire every timer; the story declares the guide's claim. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BlockingStoryTest {
    private static final BlockingStory STORY = new BlockingStory();

    private static BlockingInput input() throws Exception {
        return STORY.prepare(new InputOptions(true, null), line -> {});
    }

    @Test
    void bothImplementationsGiveTheSameOutputTheRustResultAndEveryTimer() throws Exception {
        BlockingInput input = input();
        List<String> expected = OutputCheck.expected(STORY, input);
        assertEquals(List.of("oxb_spin(" + input.rounds() + ") = " + String.format("%016x", JavaFnv.spin(input.rounds()))
                + ", " + input.timers() + " of " + input.timers() + " timers fired"), expected);
        CheckResult check = OutputCheck.check(STORY, STORY.implementation("js+rust-async@ffm"), input, expected);
        assertEquals(Status.OK, check.status(), check.message());
    }

    @Test
    void aWorkloadRunsOneScenarioAfterAnother() throws Exception {
        BlockingInput small = new BlockingInput(1000, 3, 1);
        for (String impl : List.of("js+rust-sync@ffm", "js+rust-async@ffm")) {
            try (Workload workload = STORY.implementation(impl).open(small)) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(new ScenarioResult(JavaFnv.spin(1000), 3), workload.run(), impl);
                }
            }
        }
    }

    @Test
    void theClaimComparesTheTimerLagOfTheSyncCallWithTheAsyncOne() {
        LagClaim claim = assertInstanceOf(LagClaim.class, STORY.claims().get(0));
        assertEquals("js+rust-sync@ffm", claim.blocking());
        assertEquals("js+rust-async@ffm", claim.nonBlocking());
        assertEquals("timer lag", claim.observation());
        assertEquals(STORY.baseline(), claim.blocking());
    }

    @Test
    void anOutputOfAnotherKindIsRefused() throws Exception {
        BlockingInput input = input();
        assertThrows(IllegalStateException.class, () -> STORY.describe(input, 42L));
        assertThrows(IllegalArgumentException.class, () -> new BlockingInput(10, 0, 1));
    }
}
