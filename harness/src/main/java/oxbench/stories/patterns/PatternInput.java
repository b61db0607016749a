package oxbench.stories.patterns;

import java.util.List;
import oxbench.corpus.Fragment;

/**
 * The pattern-matcher story's input: one query and the patterns to match it against.
 *
 * @param corpus    where the fragments came from
 * @param poolSize  how many functions and classes the corpus has (the most patterns a run can use)
 * @param size      how many patterns one call matches: the first {@code size} of {@code available}
 * @param query     the fingerprint every call matches
 * @param available the patterns in the run's fixed order, as many as the largest size needs
 * @param skipped   one line per corpus file left out, with the reason
 */
public record PatternInput(String corpus, int poolSize, int size, Fragment query, List<Fragment> available,
        List<String> skipped) {
    public PatternInput {
        available = List.copyOf(available);
        skipped = List.copyOf(skipped);
        if (size < 1 || size > available.size()) {
            throw new IllegalArgumentException("size " + size + " is outside 1.." + available.size());
        }
    }

    /** The patterns one call matches, in the order matches are reported. */
    public List<Fragment> patterns() {
        return available.subList(0, size);
    }

    /** The same query against the first {@code size} patterns (and no more available). */
    public PatternInput withSize(int size) {
        if (size < 1 || size > available.size()) {
            throw new IllegalArgumentException("size " + size + " is outside 1.." + available.size());
        }
        return new PatternInput(corpus, poolSize, size, query, available.subList(0, size), skipped);
    }
}
