package oxbench.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bridge of each function ends its chain where that function's Java floor does. */
class BridgesAgreeTest {
    private static final BoundaryStory STORY = new BoundaryStory();
    /** A short chain from a start past 32 bits, over a buffer of another seed than the run's. */
    private static final BoundaryInput SMALL = new BoundaryInput(37, (1L << 40) + 3, 11, 1024);

    static List<Named<Implementation<BoundaryInput>>> bridges() {
        return STORY.implementations().stream().map(impl -> Named.of(impl.id(), impl)).toList();
    }

    @ParameterizedTest
    @MethodSource("bridges")
    void endsWhereItsFloorEnds(Implementation<BoundaryInput> implementation) throws Exception {
        Implementation<BoundaryInput> floor = STORY.implementation(STORY.baselineOf(implementation.id()));
        List<String> expected;
        try (Workload workload = floor.open(SMALL)) {
            expected = STORY.describe(SMALL, workload.run());
        }
        CheckResult check = OutputCheck.check(STORY, implementation, SMALL, expected);
        assertEquals(Status.OK, check.status(), check.message());
    }

    @ParameterizedTest
    @MethodSource("bridges")
    void everyPassMakesTheWholeChainAgain(Implementation<BoundaryInput> implementation) throws Exception {
        try (Workload workload = implementation.open(SMALL)) {
            ChainEnd first = (ChainEnd) workload.run();
            assertEquals(first, workload.run(), "a pass must not depend on the one before");
            assertEquals(BoundaryFunction.of(implementation.id()), first.function());
        }
        BoundaryInput longer = new BoundaryInput(SMALL.calls() + 1, SMALL.start(), SMALL.seed(), SMALL.bufferBytes());
        try (Workload short_ = implementation.open(SMALL); Workload long_ = implementation.open(longer)) {
            assertNotEquals(short_.run(), long_.run(), "one more call must change the end of the chain");
        }
    }

    @Test
    void theFloorsComputeTheChainsByHand() throws Exception {
        try (Workload addOne = STORY.implementation("add-one@java").open(SMALL)) {
            assertEquals(new ChainEnd(BoundaryFunction.ADD_ONE, SMALL.start() + SMALL.calls()), addOne.run());
        }
        byte[] buffer = SMALL.buffer();
        long accumulator = SMALL.start();
        for (int call = 0; call < SMALL.calls(); call++) {
            for (int i = 0; i < Long.BYTES; i++) {
                buffer[i] = (byte) (accumulator >>> (8 * i));
            }
            accumulator = JavaFnv.hash(buffer);
        }
        try (Workload hash = STORY.implementation("hash-1k@java").open(SMALL)) {
            assertEquals(new ChainEnd(BoundaryFunction.HASH_1K, accumulator), hash.run());
        }
    }
}
