package oxbench.stories.boundary;

import org.openjdk.jmh.annotations.CompilerControl;

/**
 * The boundary matrix's Java-only floor: the same work as the Rust functions ({@code oxb_add_one},
 * {@code oxb_hash_buffer}, {@code oxb_spin}) with no boundary at all, 64-bit FNV-1a as the
 * prototypes define it.
 */
public final class JavaFnv {
    static final long OFFSET = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    private JavaFnv() {}

    /**
     * {@code x + 1}, as one real call: inlined, the JIT folds {@link JavaChain}'s loop of dependent
     * calls into {@code x + calls} and the floor would time nothing (0.0035 ns a call, under one
     * cycle). JMH's compiler hints keep it out of line in every fork, like the downcalls it is the
     * floor of.
     */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    public static long addOne(long x) {
        return x + 1;
    }

    /** FNV-1a of {@code bytes}. */
    public static long hash(byte[] bytes) {
        long hash = OFFSET;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return hash;
    }

    /** {@code rounds} dependent FNV-1a steps over a counter, as {@code oxb_spin}. */
    public static long spin(long rounds) {
        long hash = OFFSET;
        for (long round = 0; round < rounds; round++) {
            hash ^= round;
            hash *= PRIME;
        }
        return hash;
    }
}
