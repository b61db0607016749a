package oxbench.stories.pitfalljson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import oxbench.story.CodeKind;
import oxbench.story.Stories;
import oxbench.env.Home;
import oxbench.corpus.FileNodes;
import oxbench.corpus.NodeListInput;
import oxbench.rust.NativeRust;
import oxbench.story.Comparison;
import oxbench.story.InputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story around the implementations: its input, its lines, its comparisons, its plans, and the JSON boundary's errors. */
class ConversionStoryTest {
    private final ConversionStory story = new ConversionStory();

    /** What kind of code {@code impl} declares it times, which the measurement policy goes by. */
    private CodeKind kind(String impl) {
        return story.implementation(impl).measurement().kind();
    }

    @Test
    void isRegisteredAndFilesAreTheUnitOfWork() {
        assertEquals(story.id(), Stories.byId("pitfall-json").id());
        assertEquals("file", story.unitOfWork());
        assertEquals("typed@ffm", story.baseline());
        assertEquals(List.of(), story.claims(), "the guide gives no number for pitfall 1");
    }

    @Test
    void aQuickRunLeavesOutTheSecondBridgeOfACallingLanguageOnly() {
        List<String> all = story.implementations().stream().map(impl -> impl.id()).toList();
        assertTrue(all.containsAll(story.leftOutOfQuickRuns()), "it leaves out only its own implementations");
        List<String> quick = all.stream().filter(id -> !story.leftOutOfQuickRuns().contains(id)).toList();
        assertEquals(List.of("typed@ffm", "json@ffm", "typed@js-wasm", "json@js-wasm", "typed@python-host-ffm", "json@python-host-ffm"),
                quick, "typed and JSON through one bridge per calling language: Java, JavaScript, Python");
        assertTrue(!story.leftOutOfQuickRuns().contains(story.baseline()));
        long comparable = story.comparisons().stream()
                .filter(c -> quick.contains(c.slower()) && quick.contains(c.faster()))
                .count();
        assertEquals(3, comparable, "a verdict line per calling language in a quick run");
    }

    @Test
    void theInputIsTheFingerprintStorysFromTheCorpus(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.py"), "print('hi')\n");
        Files.writeString(dir.resolve("broken.py"), "def f(:\n");
        List<String> warnings = new ArrayList<>();
        NodeListInput input = story.prepare(new InputOptions(false, dir), warnings::add);
        assertEquals(List.of("a.py"), input.files().stream().map(FileNodes::name).toList());
        assertEquals(1, story.units(input));
        assertTrue(warnings.getFirst().startsWith("skipped broken.py: does not parse"), warnings.toString());
        assertEquals(List.of("a.py f92df8cd6e4116cb"), story.describe(input, new long[] {0xf92df8cd6e4116cbL}),
                "the nodes of print('hi') and their cross-language fingerprint");
        assertEquals(6L, ((Map<?, ?>) story.inputSummary(input)).get("total_nodes"));
    }

    @Test
    void aQuickRunKeepsTheFirstFilesOnly(@TempDir Path dir) throws Exception {
        for (String name : List.of("a.py", "b.py", "c.py")) {
            Files.writeString(dir.resolve(name), "x = 1\n");
        }
        NodeListInput quick = story.prepare(new InputOptions(true, dir), line -> {});
        assertEquals(List.of("a.py", "b.py"), quick.files().stream().map(FileNodes::name).toList());
        assertTrue(quick.corpus().endsWith(", its first 2 files"), quick.corpus());
        assertEquals(3, story.prepare(new InputOptions(false, dir), line -> {}).files().size());
    }

    @Test
    void eachComparisonPutsTheJsonCallerAgainstTheTypedOneOfItsBridge() {
        List<Comparison> comparisons = story.comparisons();
        assertEquals(List.of("json@ffm", "json@graalwasm", "json@js-wasm", "json@python-host-ffm", "json@python-wasm"),
                comparisons.stream().map(Comparison::slower).toList());
        Comparison java = comparisons.getFirst();
        assertEquals("what JSON at the boundary costs (Java -> native)", java.question());
        assertEquals("typed@ffm", java.faster());
        assertEquals("JSON at the boundary costs {share} of the call (Java -> native, {difference} per file)", java.finding());
        assertTrue(java.source().startsWith("Pitfall 1, Unnecessary String Conversions"), java.source());
    }

    /** Native callers are host code; the guest and wasm callers wait for the Truffle JIT. */
    @Test
    void nativeCallersDeclareHostCodeAndTheOthersGuestOrWasmCode() {
        assertEquals(CodeKind.HOST, kind("json@ffm"));
        assertEquals(CodeKind.WASM, kind("typed@graalwasm"));
        for (String guest : List.of("json@js-wasm", "typed@python-host-ffm", "json@python-wasm")) {
            assertEquals(CodeKind.GUEST, kind(guest), guest);
        }
    }

    /** What the JSON caller gets back from Rust, and Rust's answer to JSON that is not a list of strings. */
    @Test
    void theJsonBoundaryAnswersWithAnObjectAndRejectsMalformedJson() {
        try (NativeRust rust = new NativeRust(Home.nativeLibrary())) {
            NativeRust.BytesToBytes fingerprintJson = rust.bytesToBytes("oxb_fingerprint_json");
            byte[] answer = fingerprintJson.apply(JsonBoundary.request(List.of("Module", "Expr", "Call", "Name id='print'",
                    "Constant value='hi' kind=None", "Load")));
            assertEquals("{\"fingerprint\":\"f92df8cd6e4116cb\"}", new String(answer, StandardCharsets.UTF_8));
            assertEquals(0xf92df8cd6e4116cbL, JsonBoundary.fingerprint(answer));
            IllegalStateException malformed = assertThrows(IllegalStateException.class,
                    () -> fingerprintJson.apply("[1, 2]".getBytes(StandardCharsets.UTF_8)));
            assertEquals("oxb_fingerprint_json failed: malformed input", malformed.getMessage());
        }
    }
}
