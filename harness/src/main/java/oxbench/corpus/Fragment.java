package oxbench.corpus;

import java.util.List;

/**
 * A code fragment (a function or class) as its node hashes: its id ({@code FILE:LINE:NAME})
 * and its node hashes as 16-digit lowercase hex strings, sorted and without duplicates (see
 * {@code polyglot-samples/python/fragments.py}).
 */
public record Fragment(String id, List<String> hashes) {
    public Fragment {
        hashes = List.copyOf(hashes);
    }

    /** The hashes as unsigned 64-bit values in the bits of a {@code long}, in the same order. */
    public long[] values() {
        long[] values = new long[hashes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Long.parseUnsignedLong(hashes.get(i), 16);
        }
        return values;
    }
}
