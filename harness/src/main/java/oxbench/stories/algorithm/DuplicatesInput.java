package oxbench.stories.algorithm;

import java.util.Arrays;
import java.util.List;

/**
 * The algorithm story's input: the first fragments of the corpus in the fixed order, each as the
 * fingerprint of its node hashes ({@code fingerprint.combine_hashes}), and the sizes of the sweep.
 *
 * @param corpus       where the fragments came from
 * @param poolSize     how many functions and classes the corpus has
 * @param sizes        the sweep's sizes, ascending; the last is this input's size
 * @param ids          each fragment's id ({@code FILE:LINE:NAME})
 * @param fingerprints each fragment's fingerprint, an unsigned 64-bit value in a {@code long}
 * @param skipped      one line per corpus file left out, with the reason
 */
public record DuplicatesInput(String corpus, int poolSize, List<Integer> sizes, List<String> ids, long[] fingerprints,
        List<String> skipped) {
    public DuplicatesInput {
        sizes = List.copyOf(sizes);
        ids = List.copyOf(ids);
        skipped = List.copyOf(skipped);
        if (ids.size() != fingerprints.length) {
            throw new IllegalArgumentException(ids.size() + " ids for " + fingerprints.length + " fingerprints");
        }
    }

    /** How many fragments one call looks at. */
    public int size() {
        return fingerprints.length;
    }

    /** The first {@code size} fragments. */
    public DuplicatesInput withSize(int size) {
        if (size < 0 || size > fingerprints.length) {
            throw new IllegalArgumentException("size " + size + " is outside 0.." + fingerprints.length);
        }
        return new DuplicatesInput(corpus, poolSize, sizes, ids.subList(0, size), Arrays.copyOf(fingerprints, size), skipped);
    }
}
