package oxbench.rust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeListsTest {
    @Test
    void eachNodeIsALittleEndianLengthThenUtf8Bytes() {
        byte[] expected = {2, 0, 0, 0, 'o', 'k', 0, 0, 0, 0, 2, 0, 0, 0, (byte) 0xc3, (byte) 0xa9};
        assertArrayEquals(expected, NodeLists.encode(List.of("ok", "", "é")));
    }

    @Test
    void lengthsAboveOneByteUseAllFourBytes() {
        byte[] encoded = NodeLists.encode(List.of("y".repeat(0x1_02_03)));
        assertArrayEquals(new byte[] {0x03, 0x02, 0x01, 0x00}, java.util.Arrays.copyOf(encoded, 4));
    }

    @Test
    void anEmptyListIsAnEmptyBuffer() {
        assertArrayEquals(new byte[0], NodeLists.encode(List.of()));
    }
}
