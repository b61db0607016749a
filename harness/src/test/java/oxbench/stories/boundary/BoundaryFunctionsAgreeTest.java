package oxbench.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import oxbench.rust.BufferHash;
import org.junit.jupiter.api.Test;

/** The boundary matrix's Rust functions, called through FFM, compute what the Java floor computes. */
class BoundaryFunctionsAgreeTest {
    @Test
    void theTrivialCallAndTheBufferCallAgree() {
        assertEquals(42, BoundaryNative.addOne(41));
        assertEquals(Long.MIN_VALUE, BoundaryNative.addOne(Long.MAX_VALUE), "wrapping, as u64");
        assertEquals(0xcbf29ce484222325L, BufferHash.hashBuffer(new byte[0]));
        assertEquals(0xaf63dc4c8601ec8cL, BufferHash.hashBuffer("a".getBytes(StandardCharsets.UTF_8)), "FNV-1a reference vector");
        byte[] kib = new byte[1024];
        new Random(6).nextBytes(kib);
        assertEquals(JavaFnv.hash(kib), BufferHash.hashBuffer(kib));
    }
}
