package oxbench.external;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a driver wrote to its result file before it said {@code ready}.
 *
 * @param runtime the runtime that ran it, as it names itself (e.g. {@code CPython 3.11.7})
 * @param output  the story's output, computed once before any timing
 */
public record DriverResult(String runtime, JsonNode output) {
    /** One iteration (warm-up or measured), as the driver answered {@code iterate}: {@code ops} whole operations in {@code nanos}. */
    public record Sample(long ops, long nanos) {
        public double nanosPerOp() {
            return (double) nanos / ops;
        }
    }
}
