package oxbench.stories.patterns;

import java.util.List;
import oxbench.corpus.Fragment;

/**
 * The prototype's similarity, in Java only to choose the query and to count its matches for the
 * summary (the timed implementations compute it themselves): Jaccard similarity of two node-hash
 * sets, {@code shared / union}.
 */
final class Jaccard {
    /** The query is chosen among this many first patterns. */
    static final int QUERY_WINDOW = 1000;

    private Jaccard() {}

    /**
     * The query: among the first {@value #QUERY_WINDOW} patterns, the one that most of them match
     * (ties: the earliest). In the standard library, one of the codec classes generated into many
     * {@code encodings/} modules, a real near-duplicate family.
     */
    static Fragment query(List<Fragment> ordered) {
        List<Fragment> window = ordered.subList(0, Math.min(QUERY_WINDOW, ordered.size()));
        List<long[]> sets = window.stream().map(Fragment::values).toList();
        int best = 0;
        int bestMatches = -1;
        for (int candidate = 0; candidate < sets.size(); candidate++) {
            int matches = 0;
            for (long[] pattern : sets) {
                if (similarity(pattern, sets.get(candidate)) > PatternStory.THRESHOLD) {
                    matches++;
                }
            }
            if (matches > bestMatches) {
                best = candidate;
                bestMatches = matches;
            }
        }
        return window.get(best);
    }

    /** Jaccard similarity of two sorted sets of unsigned 64-bit hashes. */
    static double similarity(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            int order = Long.compareUnsigned(a[i], b[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
