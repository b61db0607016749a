package oxbench.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import oxbench.Home;
import oxbench.rust.NativeRust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundary matrix's Rust functions, called through FFM, compute what the Java floor computes. */
class BoundaryFunctionsAgreeTest {
    private static NativeRust rust;

    @BeforeAll
    static void load() {
        rust = new NativeRust(Home.nativeLibrary());
    }

    @AfterAll
    static void close() {
        rust.close();
    }

    @Test
    void theTrivialCallAndTheBufferCallAgree() {
        assertEquals(42, rust.addOne(41));
        assertEquals(Long.MIN_VALUE, rust.addOne(Long.MAX_VALUE), "wrapping, as u64");
        assertEquals(0xcbf29ce484222325L, rust.hashBuffer(new byte[0]));
        assertEquals(0xaf63dc4c8601ec8cL, rust.hashBuffer("a".getBytes(StandardCharsets.UTF_8)), "FNV-1a reference vector");
        byte[] kib = new byte[1024];
        new Random(6).nextBytes(kib);
        assertEquals(JavaFnv.hash(kib), rust.hashBuffer(kib));
        assertEquals(JavaFnv.spin(100_000), rust.spin(100_000));
    }

    @Test
    void aBatchHashesEveryItemAsSingleCallsDo() {
        byte[] items = new byte[64 * 100];
        new Random(7).nextBytes(items);
        long[] batch = new long[100];
        rust.hashItems(items, 64, batch);
        long[] oneByOne = new long[100];
        for (int i = 0; i < 100; i++) {
            oneByOne[i] = rust.hashBuffer(Arrays.copyOfRange(items, i * 64, (i + 1) * 64));
        }
        assertArrayEquals(oneByOne, batch);
        assertThrows(IllegalArgumentException.class, () -> rust.hashItems(items, 60, new long[106]));
    }
}
