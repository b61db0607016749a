package oxbench.stories.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import oxbench.corpus.Fragment;
import oxbench.corpus.FragmentPool;
import oxbench.story.InputOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story's input: real fragments of a corpus, a fixed order, the query, the sizes. */
public class PatternStoryTest {
    private static final PatternStory STORY = new PatternStory();

    @TempDir
    static Path cache;

    @BeforeAll
    static void privateCache() {
        System.setProperty("oxbench.cache", cache.toString());
    }

    /**
     * 40 codec-like classes that differ in one name each (a near-duplicate family, as in the standard
     * library's encodings/), 70 unrelated small functions, and a file that does not parse:
     * 40 x 3 + 70 = 190 fragments.
     */
    public static Path corpus(Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        StringBuilder codecs = new StringBuilder("import codecs\n");
        for (int i = 0; i < 40; i++) {
            codecs.append("""

                    class Codec%d(codecs.Codec):
                        def encode(self, text, errors='strict'):
                            return codecs.charmap_encode(text, errors, encoding_table)

                        def decode(self, data, errors='strict'):
                            return codecs.charmap_decode(data, errors, decoding_table)
                    """.formatted(i));
        }
        Files.writeString(corpus.resolve("codecs_like.py"), codecs);
        StringBuilder misc = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            misc.append("def f%d(x):\n    return x * %d + %d\n\n".formatted(i, i, i * i));
        }
        Files.writeString(corpus.resolve("misc.py"), misc);
        Files.writeString(corpus.resolve("broken.py"), "def nope(:\n");
        return corpus;
    }

    @Test
    void patternsAreTheCorpusFragmentsInAFixedOrderWithAMatchingQuery(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        List<String> warnings = new ArrayList<>();
        PatternInput input = STORY.prepare(new InputOptions(false, corpus).with(PatternOptions.of(150)), warnings::add);

        assertEquals(190, input.poolSize());
        assertEquals(150, input.size());
        assertEquals(List.of(100, 150), STORY.sizes(input), "10000 and 1000 are more than the corpus has");
        assertTrue(warnings.stream().anyMatch(line -> line.startsWith("skipped broken.py: does not parse")), warnings.toString());
        assertTrue(input.query().id().startsWith("codecs_like.py:"), "the query belongs to the near-duplicate family: "
                + input.query().id());
        PatternInput run = STORY.atSize(input, STORY.size(input));
        Map<String, Object> summary = STORY.inputSummary(run);
        long matches = (long) summary.get("matches");
        assertTrue(matches > 0 && matches < 150, "some match and most do not: " + matches);
        assertEquals(190, summary.get("fragments"));

        // The same input again (from the cache now): the same order and query.
        PatternInput again = STORY.prepare(new InputOptions(false, corpus).with(PatternOptions.of(150)), line -> {});
        assertEquals(input, again);
        assertEquals(input.patterns().subList(0, 100), STORY.atSize(input, 100).patterns(), "smaller sizes are prefixes");
    }

    @Test
    void fragmentIdsAndHashesComeFromThePrototype(@TempDir Path dir) throws Exception {
        PatternInput input = STORY.prepare(new InputOptions(false, corpus(dir)).with(PatternOptions.of(190)), line -> {});
        Fragment f3 = input.patterns().stream().filter(p -> p.id().equals("misc.py:10:f3")).findFirst().orElseThrow();
        // FunctionDef, arguments, arg, Return, BinOp, BinOp, Name x2 (same string: one hash), Mult, Add, Constant x2, Load
        assertTrue(f3.hashes().size() >= 8 && f3.hashes().size() <= 13, f3.toString());
        assertEquals(f3.hashes().stream().sorted().distinct().toList(), f3.hashes(), "sorted, without duplicates");
        assertTrue(f3.hashes().stream().allMatch(hash -> hash.matches("[0-9a-f]{16}")), f3.toString());
    }

    @Test
    void tooManyPatternsOrNoFragmentsAreUserErrorsAndFewFragmentsAWarning(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> STORY.prepare(new InputOptions(false, corpus).with(PatternOptions.of(191)), line -> {}));
        assertTrue(tooMany.getMessage().contains("--patterns 191 is more than the 190 functions and classes"),
                tooMany.getMessage());
        List<String> warnings = new ArrayList<>();
        PatternInput all = STORY.prepare(new InputOptions(false, corpus), warnings::add);
        assertEquals(190, all.size(), "without --patterns, a small corpus gives all its fragments");
        assertTrue(warnings.stream().anyMatch(line -> line.contains("has only 190 functions and classes")), warnings.toString());
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Files.writeString(bare.resolve("script.py"), "print('no functions here')\n");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> STORY.prepare(new InputOptions(false, bare), line -> {}));
        assertTrue(none.getMessage().contains("has no function or class"), none.getMessage());
    }

    @Test
    void theOrderIsAFixedPermutationAndTheQueryTheMostMatched() {
        List<Fragment> fragments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fragments.add(new Fragment("p" + i, List.of(String.format("%016x", i))));
        }
        List<Fragment> ordered = FragmentPool.ordered(fragments);
        assertEquals(ordered, FragmentPool.ordered(fragments));
        assertNotEquals(fragments, ordered);
        assertEquals(fragments.stream().map(Fragment::id).sorted().toList(), ordered.stream().map(Fragment::id).sorted().toList());

        Fragment a = new Fragment("a", List.of("0000000000000001", "0000000000000002", "0000000000000003", "0000000000000004"));
        Fragment b = new Fragment("b", List.of("0000000000000001", "0000000000000002", "0000000000000003", "0000000000000004",
                "0000000000000005"));
        Fragment c = new Fragment("c", List.of("0000000000000009"));
        // a matches a and b (0.8); b matches b and a; c only itself: a, the first of the best, is the query.
        assertEquals("a", Jaccard.query(List.of(c, a, b)).id());
    }

    @Test
    void jaccardOrdersHashesAsUnsigned() {
        long[] high = {1, 0x8000_0000_0000_0000L, -1L};
        long[] same = {1, 0x8000_0000_0000_0000L, -1L};
        assertEquals(1.0, Jaccard.similarity(high, same));
        assertEquals(0.5, Jaccard.similarity(new long[] {1, -1L}, new long[] {-1L}));
        assertEquals(0.0, Jaccard.similarity(new long[0], new long[0]));
    }
}
