package oxbench.story;

/**
 * What kind of code an implementation times, which decides how long it takes to settle: what a
 * measurement policy needs to know about an implementation to warm it up and measure it.
 */
public enum CodeKind {
    /**
     * Python or JavaScript in this JVM, on GraalPy or GraalJS (calling Rust or not): compiled by the
     * Truffle JIT, the slowest to settle (many seconds of calls on 2 cores).
     */
    GUEST("guest, Truffle JIT"),
    /** wasm in this JVM on GraalWasm, called from Java: compiled by the Truffle JIT in tiers. */
    WASM("wasm, GraalWasm"),
    /** Java, or native code called from Java, in this JVM: compiled by C2 (or ahead of time), steady within seconds. */
    HOST("Java/native, C2"),
    /**
     * Another process (CPython, Node, Go) started and timed by its driver: its own runtime's warm-up,
     * no Truffle JIT.
     */
    EXTERNAL("external process");

    private final String label;

    CodeKind(String label) {
        this.label = label;
    }

    /** In words, for {@code bench list --plans}. */
    public String label() {
        return label;
    }
}
