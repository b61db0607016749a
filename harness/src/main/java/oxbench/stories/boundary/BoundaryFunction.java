package oxbench.stories.boundary;

/** The two Rust functions the matrix calls through every bridge, and their Java-only floors. */
public enum BoundaryFunction {
    /** {@code oxb_add_one}: a u64 in, a u64 out; chained, each result is the next argument. */
    ADD_ONE("add-one", "oxb_add_one"),
    /**
     * {@code oxb_hash_buffer}: a 1 KiB buffer in, a u64 out; chained, each hash is written into the
     * buffer's first 8 bytes (little-endian) before the next call, so every call hashes new data.
     */
    HASH_1K("hash-1k", "oxb_hash_buffer");

    private final String id;
    private final String symbol;

    BoundaryFunction(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    /** The first part of an implementation id, e.g. {@code add-one} in {@code add-one@ffm}. */
    public String id() {
        return id;
    }

    /** The Rust function's exported name. */
    public String symbol() {
        return symbol;
    }

    /** The function of an implementation id such as {@code hash-1k@js-wasm}. */
    public static BoundaryFunction of(String implementationId) {
        String function = implementationId.substring(0, Math.max(implementationId.indexOf('@'), 0));
        for (BoundaryFunction candidate : values()) {
            if (candidate.id.equals(function)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no boundary function in implementation id " + implementationId);
    }

    /** The implementation id of this function through {@code bridge}, e.g. {@code add-one@ffm}. */
    public String through(String bridge) {
        return id + "@" + bridge;
    }
}
