package oxbench.stories.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import oxbench.story.CodeKind;
import oxbench.jmh.InputFile;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryStoryTest {
    private static final List<String> BRIDGES = List.of("java", "ffm", "graalwasm", "js-wasm", "python-wasm",
            "python-host-ffm", "js-host-ffm");

    private final BoundaryStory story = new BoundaryStory();

    /** What kind of code {@code impl} declares it times, which the measurement policy goes by. */
    private CodeKind kind(String impl) {
        return story.implementation(impl).measurement().kind();
    }

    @TempDir
    Path dir;

    private List<String> ids() {
        return story.implementations().stream().map(Implementation::id).toList();
    }

    @Test
    void everyBridgeCarriesBothFunctions() {
        List<String> expected = BRIDGES.stream().map(bridge -> "add-one@" + bridge).collect(Collectors.toList());
        BRIDGES.forEach(bridge -> expected.add("hash-1k@" + bridge));
        assertEquals(expected, ids());
        assertEquals("call", story.unitOfWork());
    }

    @Test
    void eachFunctionIsCheckedAgainstItsOwnJavaFloor() {
        assertEquals("add-one@java", story.baseline());
        for (String id : ids()) {
            assertEquals(id.startsWith("add-one@") ? "add-one@java" : "hash-1k@java", story.baselineOf(id), id);
        }
        assertThrows(IllegalArgumentException.class, () -> story.baselineOf("fnv@java"));
        assertThrows(IllegalArgumentException.class, () -> story.baselineOf("java"));
    }

    @Test
    void theTrivialJavaToNativeCallIsHeldToNineNanoseconds() {
        assertEquals(1, story.claims().size());
        LimitClaim claim = (LimitClaim) story.claims().getFirst();
        assertEquals("add-one@ffm", claim.impl());
        assertEquals(9.0, claim.limitNanos());
        assertTrue(claim.source().contains("[Python/JS App] → [Foreign Function Interface] → [Rust Library]"), claim.source());
    }

    @Test
    void everyBridgeIsComparedWithItsFloor() {
        List<Comparison> comparisons = story.comparisons();
        assertEquals(12, comparisons.size());
        Set<String> slower = comparisons.stream().map(Comparison::slower).collect(Collectors.toSet());
        assertEquals(ids().stream().filter(id -> !id.endsWith("@java")).collect(Collectors.toSet()), slower);
        for (Comparison comparison : comparisons) {
            assertEquals(story.baselineOf(comparison.slower()), comparison.faster());
            assertTrue(comparison.finding().contains("{difference}"), comparison.finding());
        }
        Comparison pythonHost = comparisons.stream().filter(c -> c.slower().equals("hash-1k@python-host-ffm")).findFirst().orElseThrow();
        assertEquals("what crossing Python -> host -> native costs (1 KiB buffer)", pythonHost.question());
        assertEquals("a call hashing 1 KiB Python -> host -> native costs {difference} more than the same work in Java",
                pythonHost.finding());
    }

    @Test
    void nativeCallersDeclareHostCodeAndGuestCallersGuestOrWasmCode() {
        for (String function : List.of("add-one", "hash-1k")) {
            assertEquals(CodeKind.HOST, kind(function + "@java"));
            assertEquals(CodeKind.HOST, kind(function + "@ffm"));
            assertEquals(CodeKind.WASM, kind(function + "@graalwasm"));
            for (String guest : List.of("js-wasm", "python-wasm", "python-host-ffm", "js-host-ffm")) {
                assertEquals(CodeKind.GUEST, kind(function + "@" + guest), guest);
            }
        }
    }

    @Test
    void theInputIsAChainOfCallsOverASeededKibibyteAndSurvivesTheTripToTheForks() throws Exception {
        BoundaryInput input = story.prepare(new InputOptions(true, null), line -> {});
        assertEquals(1000, story.units(input));
        assertEquals(1024, input.buffer().length);
        assertEquals(JavaFnv.hash(input.buffer()), JavaFnv.hash(input.buffer()), "the same bytes every time");
        Path file = dir.resolve("input.json");
        InputFile.write(story, input, file);
        assertEquals(input, InputFile.read(story, file));
        assertThrows(IllegalArgumentException.class, () -> new BoundaryInput(0, 1, 1, 1024));
    }

    @Test
    void theOutputLineNamesTheFunctionAndTheChain() {
        BoundaryInput input = new BoundaryInput(3, 7, 1, 1024);
        assertEquals(List.of("hash-1k: 3 calls from 7 end at 0x00000000000000ff"),
                story.describe(input, new ChainEnd(BoundaryFunction.HASH_1K, 255)));
    }
}
