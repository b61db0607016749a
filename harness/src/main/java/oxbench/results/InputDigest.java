package oxbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short, stable name for a story's input: the first 8 hex digits of the SHA-256 of its {@code input}
 * summary (as summary.json holds it) in canonical JSON, keys sorted. Two runs share it exactly when
 * their summaries describe the same input, whether it is computed from the story's summary in memory
 * or from one read back from summary.json; the JMH params and the exports' series names carry it, so
 * that measurements of different inputs never land in one series.
 */
public final class InputDigest {
    private static final ObjectWriter CANONICAL = Json.MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT)
            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private InputDigest() {}

    /** @param input a story's input summary (a map from the story, or as read from summary.json; null: none) */
    public static String of(Object input) {
        try {
            // through a tree to plain maps and lists, so a record and the map read back from its JSON sort alike
            Object plain = input == null ? null : Json.MAPPER.treeToValue(Json.MAPPER.valueToTree(input), Object.class);
            byte[] json = CANONICAL.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 4);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a story's input summary cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
