package oxbench.stories.pitfalljson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.corpus.FileNodes;
import oxbench.corpus.NodeListInput;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every implementation of pitfall-json computes the same fingerprints, through JSON or typed data, on every bridge. */
class ImplementationsAgreeTest {
    private static final ConversionStory STORY = new ConversionStory();

    /**
     * Node lists chosen to break one boundary or the other: no nodes, an empty node, what JSON must
     * escape (quotes, backslashes, control characters, U+2028), non-ASCII and astral characters that
     * Python's json.dumps writes as \\u escapes, and a long node.
     */
    static NodeListInput smallInput() {
        return new NodeListInput("test", List.of(
                new FileNodes("empty.py", 0, List.of()),
                new FileNodes("one-empty-node.py", 1, List.of("")),
                new FileNodes("escapes.py", 10, List.of("Constant value='\"quoted\"'", "Constant value='\\\\n'",
                        "Constant value='\n\t\u0001\u001f'", "Constant value='\u2028'", "Name id='naïve'",
                        "Constant value='日本語 🦀'")),
                new FileNodes("long.py", 20_000, List.of("Constant value='" + "x\"".repeat(10_000) + "'")),
                new FileNodes("module.py", 20, List.of("Module", "Expr", "Call", "Name id='print'",
                        "Constant value='hi' kind=None", "Load"))), List.of());
    }

    static List<Named<Implementation<NodeListInput>>> candidates() {
        return STORY.implementations().stream().map(impl -> Named.of(impl.id(), impl)).toList();
    }

    @ParameterizedTest
    @MethodSource("candidates")
    void computesTheBaselinesFingerprints(Implementation<NodeListInput> implementation) throws Exception {
        NodeListInput input = smallInput();
        List<String> expected = OutputCheck.expected(STORY, input);
        CheckResult check = OutputCheck.check(STORY, implementation, input, expected);
        assertEquals(Status.OK, check.status(), check.message());
    }

    /** The baseline itself against known values: FNV-1a's offset basis and the cross-language vector of print("hi"). */
    @Test
    void theBaselineComputesTheKnownFingerprints() throws Exception {
        try (Workload workload = STORY.implementation(STORY.baseline()).open(smallInput())) {
            long[] fingerprints = (long[]) workload.run();
            assertEquals(0xcbf29ce484222325L, fingerprints[0]);
            assertEquals(0xf92df8cd6e4116cbL, fingerprints[4]);
        }
    }

    @Test
    void thereAreTenImplementationsOneTypedAndOneJsonPerBridge() {
        List<String> ids = STORY.implementations().stream().map(Implementation::id).toList();
        assertEquals(List.of("typed@ffm", "json@ffm", "typed@graalwasm", "json@graalwasm", "typed@js-wasm", "json@js-wasm",
                "typed@python-host-ffm", "json@python-host-ffm", "typed@python-wasm", "json@python-wasm"), ids);
        STORY.comparisons().forEach(comparison -> {
            assertEquals(comparison.slower().replace("json@", "typed@"), comparison.faster());
            assertEquals(true, ids.contains(comparison.slower()) && ids.contains(comparison.faster()), comparison.toString());
        });
        assertEquals(5, STORY.comparisons().size());
    }
}
