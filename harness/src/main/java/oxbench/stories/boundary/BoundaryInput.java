package oxbench.stories.boundary;

import java.util.Random;

/**
 * The boundary matrix's input: how many chained calls one timed pass makes, the value the chain
 * starts from, and the buffer the hash calls pass (made from a seed, so that every JMH fork and every
 * bridge hashes the same bytes).
 *
 * @param calls       calls per timed pass, so that calls of a few nanoseconds add up to a timed
 *                    operation of microseconds
 * @param start       the first argument of the add-one chain and the first accumulator of the hash chain
 * @param seed        the seed of the buffer's bytes
 * @param bufferBytes the buffer's length (1 KiB)
 */
public record BoundaryInput(int calls, long start, long seed, int bufferBytes) {
    public BoundaryInput {
        if (calls < 1 || bufferBytes < Long.BYTES) {
            throw new IllegalArgumentException("need at least one call and a buffer of at least 8 bytes");
        }
    }

    /** A new copy of the buffer: each caller writes its accumulator into the first 8 bytes. */
    public byte[] buffer() {
        byte[] bytes = new byte[bufferBytes];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
