package oxbench.stories.folder;

import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Bytes handed to a guest as its own type (Python {@code bytes}, JavaScript {@code Uint8Array}), and
 * back. The sandbox lets no guest see a Java array ({@code HostAccess.NONE}), so the bytes cross as a
 * string of the characters U+0000 to U+00FF, one per byte (ISO-8859-1): Java stores it as those very
 * bytes, and the guest turns it into its own bytes in one pass.
 */
final class GuestBytes {
    /** The Python function making a list of {@code bytes} from a sequence of such strings. */
    static final String PYTHON_BYTES = "lambda texts: [text.encode('latin-1') for text in texts]";
    /** The JavaScript function making a Uint8Array from such a string. */
    static final String JS_UINT8_ARRAY = """
            (text) => {
              const bytes = new Uint8Array(text.length);
              for (let i = 0; i < text.length; i++) {
                bytes[i] = text.charCodeAt(i);
              }
              return bytes;
            }""";

    private GuestBytes() {}

    /** {@code bytes} as a string of one character per byte. */
    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The inputs' bytes as a Python list of {@code bytes}, in input order. */
    static Value pythonList(Context context, FolderInput input) {
        Object[] texts = input.inputs().stream().map(item -> latin1(item.data())).toArray();
        return context.eval("python", PYTHON_BYTES).execute(ProxyArray.fromArray(texts));
    }

    /** The inputs' bytes as JavaScript Uint8Arrays, in input order. */
    static Value[] uint8Arrays(Context context, FolderInput input) {
        Value toBytes = context.eval("js", JS_UINT8_ARRAY);
        return input.inputs().stream().map(item -> toBytes.execute(latin1(item.data()))).toArray(Value[]::new);
    }

    /** One buffer of bytes as a JavaScript Uint8Array. */
    static Value uint8Array(Context context, byte[] bytes) {
        return context.eval("js", JS_UINT8_ARRAY).execute(latin1(bytes));
    }

    /** The bytes of a guest byte buffer (a Python {@code bytes}, a JavaScript typed array or ArrayBuffer). */
    static byte[] of(Value buffer) {
        byte[] bytes = new byte[Math.toIntExact(buffer.getBufferSize())];
        buffer.readBuffer(0, bytes, 0, bytes.length);
        return bytes;
    }

    /** The elements of a guest list, one result per input. */
    static Object[] elements(Value list) {
        Object[] elements = new Object[Math.toIntExact(list.getArraySize())];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = list.getArrayElement(i);
        }
        return elements;
    }
}
