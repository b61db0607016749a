package oxbench.stories.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import oxbench.corpus.FileNodes;
import oxbench.corpus.NodeListInput;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every implementation of the fingerprint story computes the prototype's fingerprints, bit for bit. */
public class ImplementationsAgreeTest {
    private static final FingerprintStory STORY = new FingerprintStory();

    /** Node lists chosen to break encodings: empty lists and strings, non-ASCII, astral characters, a long node. */
    public static NodeListInput trickyInput() {
        Random random = new Random(42);
        List<String> randomNodes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder node = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                node.appendCodePoint(random.nextInt(4) == 0 ? 0x4e00 + random.nextInt(500) : 32 + random.nextInt(95));
            }
            randomNodes.add(node.toString());
        }
        return new NodeListInput("test", List.of(
                new FileNodes("empty.py", 0, List.of()),
                new FileNodes("one-empty-node.py", 1, List.of("")),
                new FileNodes("unicode.py", 10, List.of("Name id='naïve'", "Constant value='日本語'", "Constant value='🦀'")),
                new FileNodes("long.py", 100_000, List.of("Constant value='" + "x".repeat(100_000) + "'")),
                new FileNodes("random.py", 1000, randomNodes)), List.of());
    }

    static List<Named<Implementation<NodeListInput>>> candidates() {
        return STORY.implementations().stream().map(impl -> Named.of(impl.id(), impl)).toList();
    }

    @ParameterizedTest
    @MethodSource("candidates")
    void computesThePrototypesOutput(Implementation<NodeListInput> implementation) throws Exception {
        NodeListInput input = trickyInput();
        List<String> expected = OutputCheck.expected(STORY, input);
        CheckResult check = OutputCheck.check(STORY, implementation, input, expected);
        assertEquals(Status.OK, check.status(), check.message());
        assertEquals(OutputCheck.digest(expected), check.digest());
    }

    @ParameterizedTest
    @MethodSource("candidates")
    void differentFilesGetDifferentFingerprints(Implementation<NodeListInput> implementation) throws Exception {
        NodeListInput input = trickyInput();
        try (Workload workload = implementation.open(input)) {
            long[] fingerprints = (long[]) workload.run();
            assertEquals(input.files().size(), fingerprints.length);
            assertEquals(0xcbf29ce484222325L, fingerprints[0], "the fingerprint of no nodes is the FNV offset basis");
            assertNotEquals(fingerprints[0], fingerprints[1]);
            assertNotEquals(fingerprints[2], fingerprints[3]);
        }
    }
}
