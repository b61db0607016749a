package oxbench.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a driver wrote to its result file.
 *
 * @param runtime the runtime that ran it, as it names itself (e.g. {@code CPython 3.11.7})
 * @param output  the story's output, computed once before any timing
 * @param samples one per measured iteration
 */
public record DriverResult(String runtime, JsonNode output, List<Sample> samples) {
    /** One measured iteration: {@code ops} whole operations in {@code nanos}. */
    public record Sample(long ops, long nanos) {
        public double nanosPerOp() {
            return (double) nanos / ops;
        }
    }
}
