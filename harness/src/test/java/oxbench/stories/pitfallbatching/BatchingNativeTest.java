package oxbench.stories.pitfallbatching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import oxbench.env.Home;
import oxbench.rust.BufferHash;
import org.junit.jupiter.api.Test;

/** The batched call, through FFM, hashes what the call per item hashes. */
class BatchingNativeTest {
    @Test
    void aBatchHashesEveryItemAsSingleCallsDo() {
        byte[] items = new byte[64 * 100];
        new Random(7).nextBytes(items);
        long[] batch = new long[100];
        try (BatchingNative rust = new BatchingNative(Home.nativeLibrary())) {
            rust.hashItems(items, 64, batch);
            assertThrows(IllegalArgumentException.class, () -> rust.hashItems(items, 60, new long[106]), "not whole items");
        }
        long[] oneByOne = new long[100];
        for (int i = 0; i < 100; i++) {
            oneByOne[i] = BufferHash.hashBuffer(Arrays.copyOfRange(items, i * 64, (i + 1) * 64));
        }
        assertArrayEquals(oneByOne, batch);
    }
}
