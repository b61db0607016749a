package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortNativeTest {
    private static Path library;

    @BeforeAll
    static void build() {
        library = PortFixtures.reverse().nativeLibrary();
    }

    @Test
    void callReturnsTheFunctionsOutput() {
        try (PortNative port = new PortNative(library, "reverse")) {
            assertArrayEquals(bytes("olleh"), port.call(bytes("hello")));
            byte[] binary = new byte[256];
            byte[] reversed = new byte[256];
            for (int i = 0; i < 256; i++) {
                binary[i] = (byte) i;
                reversed[255 - i] = (byte) i;
            }
            assertArrayEquals(reversed, port.call(binary));
        }
    }

    @Test
    void inputsLargerThanTheFirstBufferAreCopiedWhole() {
        byte[] large = new byte[3 << 20];
        large[0] = 1;
        large[large.length - 1] = 2;
        try (PortNative port = new PortNative(library, "reverse")) {
            byte[] output = port.call(large);
            assertEquals(large.length, output.length);
            assertEquals(2, output[0]);
            assertEquals(1, output[output.length - 1]);
            assertArrayEquals(bytes("ba"), port.call(bytes("ab")));
        }
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        try (PortNative port = new PortNative(library, "reverse_unless_boom")) {
            assertArrayEquals(new byte[0], port.call(new byte[0]));
        }
    }

    @Test
    void aPanicIsAPortPanicWithItsMessageAndTheNextCallWorks() {
        try (PortNative port = new PortNative(library, "reverse_unless_boom")) {
            PortPanic panic = assertThrows(PortPanic.class, () -> port.call(bytes("boom")));
            assertEquals("refused input of 4 bytes: boom", panic.panicMessage());
            assertEquals("the Rust port's reverse_unless_boom panicked: refused input of 4 bytes: boom", panic.getMessage());
            assertArrayEquals(bytes("moor"), port.call(bytes("room")));
        }
    }

    @Test
    void aFunctionTheLibraryDoesNotExportIsOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PortNative(library, "count_words"));
        assertEquals(library + " exports no oxbench_port_call_count_words (add oxbench_port::export!(count_words); to its lib.rs)",
                e.getMessage());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
