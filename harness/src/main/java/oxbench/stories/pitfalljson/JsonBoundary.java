package oxbench.stories.pitfalljson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Java side of rust-core's JSON fingerprint boundary ({@code oxb_fingerprint_json}), with
 * Jackson as a Java program would use it: a node list out as a JSON array, {@code
 * {"fingerprint":"<16 hex digits>"}} back.
 */
final class JsonBoundary {
    /** Jackson's defaults (compact output), not oxbench's pretty-printing results mapper. */
    private static final JsonMapper MAPPER = new JsonMapper();
    private static final ObjectWriter REQUEST = MAPPER.writerFor(new TypeReference<List<String>>() {});
    private static final ObjectReader RESPONSE = MAPPER.readerFor(Response.class);

    /** The output object of {@code oxb_fingerprint_json}. */
    record Response(String fingerprint) {}

    private JsonBoundary() {}

    /** The node list as UTF-8 JSON. */
    static byte[] request(List<String> nodes) {
        try {
            return REQUEST.writeValueAsBytes(nodes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a node list could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The fingerprint in Rust's JSON output (an unsigned 64-bit value, as the long with the same bits). */
    static long fingerprint(byte[] response) {
        Response parsed;
        try {
            parsed = RESPONSE.readValue(response);
        } catch (IOException e) {
            throw new UncheckedIOException("oxb_fingerprint_json returned unreadable JSON", e);
        }
        return Long.parseUnsignedLong(parsed.fingerprint(), 16);
    }
}
