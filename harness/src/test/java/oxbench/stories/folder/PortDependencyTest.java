package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A port with a dependency from crates.io builds (offline: from Debian's directory source) natively and for wasm32. */
class PortDependencyTest {
    @Test
    void aPortThatDependsOnACrateBuildsForBothTargetsAndComputesTheSame() {
        BuiltPort built = PortFixtures.build("with-dependency", "count_lines");
        assertNull(built.wasmProblem(), built.wasmProblem());
        assertNotNull(built.wasmModule());
        byte[] input = "one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8);
        try (PortNative port = new PortNative(built.nativeLibrary(), "count_lines")) {
            assertArrayEquals("3".getBytes(StandardCharsets.UTF_8), port.call(input));
        }
        try (PortWasm port = new PortWasm(built.wasmModule(), "count_lines")) {
            assertArrayEquals("3".getBytes(StandardCharsets.UTF_8), port.call(input));
        }
    }
}
