package oxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputDigestTest {
    /** A record inside the input summary, as stories put them there (written snake_case). */
    record FileInfo(String name, long totalBytes, double share) {}

    private static Map<String, Object> input(int patterns) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("corpus", "GraalPy standard library");
        input.put("patterns", patterns);
        input.put("threshold", 0.75);
        input.put("files", List.of(new FileInfo("argparse.py", 101_661L, 0.5)));
        return input;
    }

    @Test
    void theSummaryInMemoryAndReadBackFromSummaryJsonHaveOneDigest() throws Exception {
        Map<String, Object> input = input(1000);
        Object readBack = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(input), Object.class);
        assertEquals(InputDigest.of(input), InputDigest.of(readBack));
        assertTrue(InputDigest.of(input).matches("[0-9a-f]{8}"), InputDigest.of(input));
    }

    @Test
    void theOrderOfKeysDoesNotMatterButEveryValueDoes() {
        Map<String, Object> reordered = new LinkedHashMap<>();
        List.of("threshold", "files", "patterns", "corpus").forEach(key -> reordered.put(key, input(1000).get(key)));
        assertEquals(InputDigest.of(input(1000)), InputDigest.of(reordered));
        assertNotEquals(InputDigest.of(input(1000)), InputDigest.of(input(100)));
        assertNotEquals(InputDigest.of(input(1000)), InputDigest.of(null));
    }
}
