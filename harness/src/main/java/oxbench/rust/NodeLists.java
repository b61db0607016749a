package oxbench.rust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * rust-core's wire format for a list of strings: for every string, its UTF-8 length as a
 * little-endian u32, then its UTF-8 bytes (rust-core/src/nodelist.rs decodes it).
 */
public final class NodeLists {
    private NodeLists() {}

    public static byte[] encode(List<String> nodes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        for (String node : nodes) {
            append(buffer, node);
        }
        return buffer.toByteArray();
    }

    /** Encodes a guest-language list of strings (e.g. a Python list handed to a host function). */
    public static byte[] encode(Value nodes) {
        if (!nodes.hasArrayElements()) {
            throw new IllegalArgumentException("expected a list of strings, got " + nodes);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        long size = nodes.getArraySize();
        for (long i = 0; i < size; i++) {
            append(buffer, nodes.getArrayElement(i).asString());
        }
        return buffer.toByteArray();
    }

    private static void append(ByteArrayOutputStream buffer, String node) {
        byte[] bytes = node.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        buffer.write(length);
        buffer.write(length >>> 8);
        buffer.write(length >>> 16);
        buffer.write(length >>> 24);
        buffer.write(bytes, 0, length);
    }
}
