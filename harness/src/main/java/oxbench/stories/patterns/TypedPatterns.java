package oxbench.stories.patterns;

import java.util.List;
import oxbench.corpus.Fragment;

/**
 * Patterns in the layout of the Rust matcher's typed boundary: every pattern's hashes concatenated,
 * pattern {@code i} being {@code hashes[offsets[i]..offsets[i + 1]]}.
 */
record TypedPatterns(long[] hashes, int[] offsets) {
    static TypedPatterns of(List<Fragment> patterns) {
        int[] offsets = new int[patterns.size() + 1];
        for (int i = 0; i < patterns.size(); i++) {
            offsets[i + 1] = offsets[i] + patterns.get(i).hashes().size();
        }
        long[] hashes = new long[offsets[patterns.size()]];
        for (int i = 0; i < patterns.size(); i++) {
            long[] values = patterns.get(i).values();
            System.arraycopy(values, 0, hashes, offsets[i], values.length);
        }
        return new TypedPatterns(hashes, offsets);
    }

    int count() {
        return offsets.length - 1;
    }
}
