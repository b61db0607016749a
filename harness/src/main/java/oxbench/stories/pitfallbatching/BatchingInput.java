package oxbench.stories.pitfallbatching;

import java.util.List;
import java.util.Random;

/**
 * The batching story's input: {@code count} items of {@code itemLength} bytes each, made from
 * {@code seed} (so the forks remake the same bytes from a few numbers instead of reading megabytes
 * of JSON), and the sizes of the sweep.
 *
 * @param seed       what the items' bytes are made from
 * @param itemLength bytes per item
 * @param count      how many items
 * @param sizes      the sweep's sizes, ascending; the largest is the run's own
 */
public record BatchingInput(long seed, int itemLength, int count, List<Integer> sizes) {
    public BatchingInput {
        if (itemLength <= 0 || count < 0) {
            throw new IllegalArgumentException(count + " items of " + itemLength + " bytes");
        }
        sizes = List.copyOf(sizes);
    }

    /**
     * The items, one after the other in one buffer: pseudo-random bytes of {@link Random} (its
     * algorithm is specified, so every JVM makes the same), and the first n items are the same
     * whatever the count.
     */
    public byte[] items() {
        byte[] bytes = new byte[Math.multiplyExact(count, itemLength)];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The first {@code count} items. */
    public BatchingInput withCount(int count) {
        if (count < 0 || count > this.count) {
            throw new IllegalArgumentException("size " + count + " is outside 0.." + this.count);
        }
        return new BatchingInput(seed, itemLength, count, sizes);
    }
}
