package oxbench.stories.folder;

import static oxbench.stories.folder.PortNativeTest.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wasm32 build of the port, run by GraalWasm (wasm32 has no test runner here, so this is its test). */
class PortWasmTest {
    private static Path module;

    @BeforeAll
    static void build() {
        BuiltPort built = PortFixtures.reverse();
        assertEquals(null, built.wasmProblem());
        module = built.wasmModule();
    }

    @Test
    void callReturnsTheFunctionsOutput() {
        try (PortWasm port = new PortWasm(module, "reverse")) {
            assertArrayEquals(bytes("olleh"), port.call(bytes("hello")));
            byte[] large = new byte[1 << 20];
            for (int i = 0; i < large.length; i++) {
                large[i] = (byte) (i * 7);
            }
            byte[] output = port.call(large);
            for (int i = 0; i < large.length; i++) {
                assertEquals(large[large.length - 1 - i], output[i], "byte " + i);
            }
        }
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        try (PortWasm port = new PortWasm(module, "reverse_unless_boom")) {
            assertArrayEquals(new byte[0], port.call(new byte[0]));
            assertArrayEquals(bytes("a"), port.call(bytes("a")));
        }
    }

    @Test
    void aPanicIsATrapThatBecomesAPortPanicWithTheMessage() {
        try (PortWasm port = new PortWasm(module, "reverse_unless_boom")) {
            PortPanic panic = assertThrows(PortPanic.class, () -> port.call(bytes("boom")));
            assertEquals("refused input of 4 bytes: boom", panic.panicMessage());
            assertTrue(panic.getMessage().startsWith("the Rust port's reverse_unless_boom panicked (wasm32: trap"), panic.getMessage());
            assertTrue(panic.getMessage().endsWith("): refused input of 4 bytes: boom"), panic.getMessage());
        }
    }

    @Test
    void inAGivenContextTheExportsAreThereForGuestGlue() {
        try (Context context = Guests.shared().newContext("wasm");
                PortWasm port = new PortWasm(context, module, "reverse")) {
            assertNotNull(port.exports().getMember("memory"));
            assertEquals(1, port.exports().getMember("oxbench_port_abi_version").execute().asInt());
            assertTrue(port.exports().getMember("oxbench_port_call_reverse_unless_boom").canExecute());
            assertArrayEquals(bytes("cba"), port.call(bytes("abc")));
        }
    }

    @Test
    void aFunctionTheModuleDoesNotExportIsOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PortWasm(module, "count_words"));
        assertEquals(module + " exports no oxbench_port_call_count_words (add oxbench_port::export!(count_words); to the port's lib.rs)",
                e.getMessage());
    }
}
