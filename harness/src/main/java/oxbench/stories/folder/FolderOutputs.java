package oxbench.stories.folder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.graalvm.polyglot.Value;

/**
 * A folder story's output, compared byte for byte: every implementation returns one result per input
 * (a {@code byte[]}, or a guest's string or byte buffer), each becomes a line {@code <input name> TAB <hex
 * of its bytes>}, and a mismatch is told input by input, as text where both sides are UTF-8 text and as
 * the first differing offset and bytes otherwise.
 */
final class FolderOutputs {
    /** How many differing inputs a mismatch message describes. */
    static final int SHOWN = 3;
    /** How many more differing inputs it names, without their differences. */
    static final int NAMED = 50;
    /** How many characters (or bytes) around the first difference a mismatch shows. */
    static final int CONTEXT = 24;

    private static final HexFormat HEX = HexFormat.of();

    private FolderOutputs() {}

    /** The comparable lines of {@code output}, one per input. */
    static List<String> lines(FolderInput input, Object output) {
        if (!(output instanceof Object[] results) || results.length != input.inputs().size()) {
            throw new IllegalStateException("an implementation returned " + describe(output) + " instead of one result for each of the "
                    + input.inputs().size() + " inputs");
        }
        List<String> lines = new ArrayList<>(results.length);
        for (int i = 0; i < results.length; i++) {
            String name = input.inputs().get(i).name();
            lines.add(name + "\t" + HEX.formatHex(bytes(results[i], input.prototype().function(), name)));
        }
        return lines;
    }

    /**
     * One result as bytes: a {@code byte[]} as it is; a guest string as its UTF-8 bytes; a guest byte
     * buffer ({@code bytes}, {@code bytearray}, {@code Uint8Array}, {@code ArrayBuffer}) or array of bytes
     * as its bytes.
     */
    static byte[] bytes(Object result, String function, String input) {
        if (result instanceof byte[] bytes) {
            return bytes;
        }
        if (result instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (result instanceof Value value) {
            if (value.isString()) {
                return value.asString().getBytes(StandardCharsets.UTF_8);
            }
            if (value.hasBufferElements()) {
                byte[] bytes = new byte[Math.toIntExact(value.getBufferSize())];
                value.readBuffer(0, bytes, 0, bytes.length);
                return bytes;
            }
            if (value.hasArrayElements() && !value.isNull()) {
                byte[] bytes = new byte[Math.toIntExact(value.getArraySize())];
                for (int i = 0; i < bytes.length; i++) {
                    Value element = value.getArrayElement(i);
                    if (!element.fitsInInt() || element.asInt() < 0 || element.asInt() > 255) {
                        throw notBytes(function, input, "a sequence holding " + element);
                    }
                    bytes[i] = (byte) element.asInt();
                }
                return bytes;
            }
            throw notBytes(function, input, value.isNull() ? "nothing (None, null or undefined)"
                    : value.getMetaObject() == null ? value.toString() : value.getMetaObject().getMetaSimpleName());
        }
        throw notBytes(function, input, describe(result));
    }

    private static IllegalArgumentException notBytes(String function, String input, String what) {
        return new IllegalArgumentException(function + " returned " + what + " for " + input
                + "; it must return text (str, string) or bytes (bytes, Uint8Array)");
    }

    private static String describe(Object output) {
        return output == null ? "nothing" : output.getClass().getSimpleName();
    }

    /** Input by input, how {@code actual} differs from {@code expected} (both {@link #lines}), or null if equal. */
    static String difference(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.size() != actual.size()) {
            return "returned " + actual.size() + " results for " + expected.size() + " inputs";
        }
        List<String> shown = new ArrayList<>();
        List<String> alsoNamed = new ArrayList<>();
        int differing = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differing++;
                if (shown.size() < SHOWN) {
                    shown.add(itemDifference(expected.get(i), actual.get(i)));
                } else if (alsoNamed.size() < NAMED) {
                    alsoNamed.add(expected.get(i).substring(0, expected.get(i).indexOf('\t')));
                }
            }
        }
        int unnamed = differing - shown.size() - alsoNamed.size();
        String more = alsoNamed.isEmpty() ? "" : "; also " + String.join(", ", alsoNamed) + (unnamed > 0 ? " and " + unnamed + " more" : "");
        return "output differs from the baseline's for " + differing + " of " + expected.size() + " inputs: "
                + String.join("; ", shown) + more;
    }

    private static String itemDifference(String expectedLine, String actualLine) {
        int tab = expectedLine.indexOf('\t');
        String name = expectedLine.substring(0, tab);
        byte[] expected = HEX.parseHex(expectedLine, tab + 1, expectedLine.length());
        byte[] actual = HEX.parseHex(actualLine, actualLine.indexOf('\t') + 1, actualLine.length());
        String expectedText = text(expected);
        String actualText = text(actual);
        if (expectedText != null && actualText != null) {
            return name + ": " + textDifference(expectedText, actualText);
        }
        int at = Arrays.mismatch(expected, actual);
        return String.format(Locale.ROOT, "%s: %d bytes, baseline %d; first difference at byte offset %d: expected %s, got %s",
                name, actual.length, expected.length, at, hexAround(expected, at), hexAround(actual, at));
    }

    /** The bytes as text, if they are valid UTF-8; else null. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String textDifference(String expected, String actual) {
        int at = 0;
        int common = Math.min(expected.length(), actual.length());
        while (at < common && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (expected.charAt(i) == '\n') {
                line++;
            }
        }
        int column = at - (expected.lastIndexOf('\n', at - 1) + 1) + 1;
        return String.format(Locale.ROOT, "text differs at line %d, column %d: expected %s, got %s", line, column,
                quoted(expected, at), quoted(actual, at));
    }

    /** The text from a little before {@code at} to a little after it, in quotes, with line breaks and tabs shown as escapes. */
    private static String quoted(String text, int at) {
        if (at >= text.length()) {
            return "the end of the text";
        }
        int from = Math.max(0, at - CONTEXT / 3);
        int to = Math.min(text.length(), at + CONTEXT);
        String excerpt = text.substring(from, to).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return (from > 0 ? "..." : "") + "'" + excerpt + "'" + (to < text.length() ? "..." : "");
    }

    private static String hexAround(byte[] bytes, int at) {
        if (at >= bytes.length) {
            return "the end";
        }
        int to = Math.min(bytes.length, at + 8);
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < to; i++) {
            shown.append(i > at ? " " : "").append(String.format(Locale.ROOT, "%02x", bytes[i] & 0xff));
        }
        return shown + (to < bytes.length ? " ..." : "");
    }
}
