package oxbench.stories.pitfallbatching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import oxbench.story.CodeKind;
import oxbench.jmh.InputFile;
import oxbench.story.Stories;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story's sweep, ids, claims, input and output lines. */
class BatchingStoryTest {
    private static final BatchingStory STORY = new BatchingStory();

    /** What kind of code {@code impl} declares it times, which the measurement policy goes by. */
    private CodeKind kind(String impl) {
        return STORY.implementation(impl).measurement().kind();
    }

    @TempDir
    Path dir;

    @Test
    void theSweepGoesFromOneItemToTheRunsOwnSizeTheLargest() {
        BatchingInput full = STORY.prepare(new InputOptions(false, null), line -> {});
        assertEquals(List.of(1, 10, 100, 1000, 10_000, 100_000), STORY.sizes(full));
        assertEquals(100_000, STORY.size(full));
        assertEquals(100_000, STORY.units(full), "scores are per item");
        assertEquals("item", STORY.unitOfWork());
        BatchingInput quick = STORY.prepare(new InputOptions(true, null), line -> {});
        assertEquals(List.of(100_000), STORY.sizes(quick), "quick: the run's size only");
        assertEquals(100_000, STORY.size(quick));
        assertEquals(10, STORY.units(STORY.atSize(full, 10)));
        assertEquals(BatchingStory.class, Stories.byId("pitfall-batching").getClass());
    }

    @Test
    void sixImplementationsTwoPerBridgeCheckedAgainstTheBatchedFfmCall() {
        assertEquals(List.of("per-item@ffm", "batched@ffm", "per-item@js-wasm", "batched@js-wasm",
                "per-item@python-host-ffm", "batched@python-host-ffm"),
                STORY.implementations().stream().map(Implementation::id).toList());
        assertEquals("batched@ffm", STORY.baseline());
        STORY.implementation(STORY.baseline());
    }

    @Test
    void nativeCallsDeclareHostCodeAndTheGuestsGuestCode() {
        assertEquals(CodeKind.HOST, kind("batched@ffm"));
        assertEquals(CodeKind.HOST, kind("per-item@ffm"));
        assertEquals(CodeKind.GUEST, kind("per-item@js-wasm"));
        assertEquals(CodeKind.GUEST, kind("batched@python-host-ffm"));
    }

    @Test
    void oneBatchingClaimPerBridge() {
        List<BatchingClaim> claims = STORY.claims().stream().map(BatchingClaim.class::cast).toList();
        assertEquals(List.of("Java -> native", "JavaScript -> wasm", "Python -> host -> native"),
                claims.stream().map(BatchingClaim::bridge).toList());
        for (BatchingClaim claim : claims) {
            String bridge = claim.perItem().substring(claim.perItem().indexOf('@'));
            assertEquals("per-item" + bridge, claim.perItem());
            assertEquals("batched" + bridge, claim.perBatch());
            assertEquals(0.05, claim.negligible());
            STORY.implementation(claim.perItem());
            STORY.implementation(claim.perBatch());
            assertTrue(claim.source().startsWith("Pitfall 2, Not Batching Operations"), claim.source());
        }
    }

    @Test
    void theItemsAreSeededAndASmallerSizeIsTheirBeginning() throws Exception {
        BatchingInput input = STORY.prepare(new InputOptions(true, null), line -> {});
        byte[] all = input.items();
        assertEquals(100_000 * 64, all.length);
        assertArrayEquals(all, input.items(), "the same bytes every time");
        byte[] ten = STORY.atSize(input, 10).items();
        assertArrayEquals(Arrays.copyOf(all, 640), ten);
        Path file = dir.resolve("input.json");
        InputFile.write(STORY, input, file);
        BatchingInput read = InputFile.read(STORY, file);
        assertEquals(input, read);
        assertArrayEquals(all, read.items(), "a fork remakes the same items");
        assertThrows(IllegalArgumentException.class, () -> STORY.atSize(input, 100_001));
        assertThrows(IllegalArgumentException.class, () -> new BatchingInput(1, 0, 10, List.of(10)));
    }

    @Test
    void theOutputIsOneLinePerItem() {
        BatchingInput input = STORY.atSize(STORY.prepare(new InputOptions(true, null), line -> {}), 2);
        assertEquals(List.of("0 0000000000000001", "1 ffffffffffffffff"), STORY.describe(input, new long[] {1, -1}));
        assertThrows(IllegalStateException.class, () -> STORY.describe(input, "not a list"));
    }
}
