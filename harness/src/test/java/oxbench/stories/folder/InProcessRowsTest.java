package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.Unavailable;
import oxbench.story.Workload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The folder story's in-process rows on a hand-made story: prototypes that reverse their input's bytes,
 * and the reverse fixture port (built by {@link PortFixtures}), over a text, an empty and a binary input.
 */
class InProcessRowsTest {
    static final String PYTHON_REVERSE = """
            def reverse(data):
                return data[::-1]
            """;
    static final String JS_REVERSE = """
            module.exports.reverse = (data) => data.slice().reverse();
            """;
    private static final byte[] BINARY = binary();

    private static BuiltPort built;

    @BeforeAll
    static void build() {
        built = PortFixtures.reverse();
        assertEquals(null, built.wasmProblem());
    }

    private static byte[] binary() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 5);
        }
        bytes[0] = (byte) 0xff;
        bytes[1] = 0;
        return bytes;
    }

    static List<FolderInput.Item> items(String... extra) {
        List<FolderInput.Item> items = new ArrayList<>(List.of(
                new FolderInput.Item("inputs/a.txt", "hello, wörld\n".getBytes(StandardCharsets.UTF_8)),
                new FolderInput.Item("inputs/b-empty.txt", new byte[0]),
                new FolderInput.Item("inputs/c.bin", BINARY)));
        for (String text : extra) {
            items.add(new FolderInput.Item("inputs/" + text, text.getBytes(StandardCharsets.UTF_8)));
        }
        return items;
    }

    static FolderInput.Port port(String function) {
        return new FolderInput.Port(function, "digest", built.nativeLibrary().toString(), null, built.wasmModule().toString(), null,
                null, "not built", null, "not built");
    }

    static FolderInput input(String language, String source, String portFunction, List<FolderInput.Item> items) {
        String file = language.equals("python") ? "prototype.py" : "prototype.js";
        return new FolderInput("reverse", "manifest-digest", language,
                new FolderInput.Prototype(file, "/nowhere/" + file, source, "reverse"), port(portFunction), items);
    }

    static FolderInput reverseInput(String language) {
        return input(language, language.equals("python") ? PYTHON_REVERSE : JS_REVERSE, "reverse", items());
    }

    static Stream<Named<Object[]>> rows() {
        return Stream.of("python", "javascript").flatMap(language -> InProcessRows.of(language).stream()
                .map(row -> Named.of(language + " " + row.id(), new Object[] {language, row})));
    }

    static byte[] reversed(byte[] bytes) {
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = bytes[bytes.length - 1 - i];
        }
        return reversed;
    }

    /** Runs {@code row} once on {@code input}, closing it after. */
    static Object run(Implementation<FolderInput> row, FolderInput input) throws Exception {
        try (Workload workload = row.open(input)) {
            return workload.run();
        }
    }

    static Implementation<FolderInput> row(String language, String id) {
        return InProcessRows.of(language).stream().filter(row -> row.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theRowsAreTheIssuesInProcessIdsWithTheirKindsOfCode() {
        Map<String, CodeKind> kinds = Map.of("python@graalpy", CodeKind.GUEST, "js@graaljs", CodeKind.GUEST, "rust@ffm", CodeKind.HOST,
                "rust@graalwasm", CodeKind.WASM, "python+rust@ffm", CodeKind.GUEST, "python+rust@graalwasm", CodeKind.GUEST,
                "js+rust@graalwasm", CodeKind.GUEST);
        assertEquals(List.of("python@graalpy", "rust@ffm", "rust@graalwasm", "python+rust@ffm", "python+rust@graalwasm"),
                InProcessRows.of("python").stream().map(Implementation::id).toList());
        assertEquals(List.of("js@graaljs", "rust@ffm", "rust@graalwasm", "js+rust@graalwasm"),
                InProcessRows.of("javascript").stream().map(Implementation::id).toList());
        for (String language : List.of("python", "javascript")) {
            for (Implementation<FolderInput> row : InProcessRows.of(language)) {
                assertEquals(kinds.get(row.id()), row.measurement().kind(), row.id());
                assertTrue(FolderStory.PYTHON_ROWS.contains(row.id()) || FolderStory.JAVASCRIPT_ROWS.contains(row.id()), row.id());
            }
        }
        assertEquals("python+rust", row("python", "python+rust@ffm").language());
        assertTrue(row("python", "python+rust@ffm").runtime().matches("GraalPy \\S+ -> host function -> FFM -> native"),
                row("python", "python+rust@ffm").runtime());
        assertTrue(row("javascript", "js+rust@graalwasm").runtime().matches("GraalJS \\S+ -> WebAssembly API -> GraalWasm"),
                row("javascript", "js+rust@graalwasm").runtime());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void everyRowReturnsEachInputsBytesReversed(Object[] languageAndRow) throws Exception {
        String language = (String) languageAndRow[0];
        @SuppressWarnings("unchecked")
        Implementation<FolderInput> row = (Implementation<FolderInput>) languageAndRow[1];
        FolderInput input = reverseInput(language);
        HexFormat hex = HexFormat.of();
        List<String> expected = input.inputs().stream().map(item -> item.name() + "\t" + hex.formatHex(reversed(item.data()))).toList();
        try (Workload workload = row.open(input)) {
            assertEquals(expected, FolderOutputs.lines(input, workload.run()));
            assertEquals(expected, FolderOutputs.lines(input, workload.run()), "the second run computes the same");
        }
    }

    @Test
    void aPrototypeThatRaisesOnOneInputFailsItsRunWithItsMessage() {
        String python = """
                def reverse(data):
                    if not data:
                        raise ValueError("an empty input has nothing to reverse")
                    return data[::-1]
                """;
        String js = """
                module.exports.reverse = (data) => {
                  if (data.length === 0) throw new RangeError('an empty input has nothing to reverse');
                  return data.slice().reverse();
                };
                """;
        Exception fromPython = assertThrows(Exception.class,
                () -> run(row("python", "python@graalpy"), input("python", python, "reverse", items())));
        assertTrue(fromPython.getMessage().contains("ValueError: an empty input has nothing to reverse"), fromPython.getMessage());
        Exception fromJs = assertThrows(Exception.class,
                () -> run(row("javascript", "js@graaljs"), input("javascript", js, "reverse", items())));
        assertTrue(fromJs.getMessage().contains("RangeError: an empty input has nothing to reverse"), fromJs.getMessage());
    }

    @Test
    void aPortThatPanicsOnOneInputFailsEveryRowThatCallsItWithThePanicsMessage() {
        for (String language : List.of("python", "javascript")) {
            FolderInput input = input(language, language.equals("python") ? PYTHON_REVERSE : JS_REVERSE, "reverse_unless_boom", items("boom"));
            for (Implementation<FolderInput> row : InProcessRows.of(language)) {
                if (row.id().contains("rust")) {
                    Exception panic = assertThrows(Exception.class, () -> run(row, input), row.id());
                    assertTrue(panic.getMessage().contains("reverse_unless_boom panicked"), row.id() + ": " + panic.getMessage());
                    assertTrue(panic.getMessage().contains("refused input of 4 bytes: boom"), row.id() + ": " + panic.getMessage());
                    if (row.id().endsWith("+rust@graalwasm")) {
                        // The guest's glue caught the trap and raised it with the message the port kept.
                        assertTrue(panic.getMessage().contains("reverse_unless_boom panicked (a trap in wasm): refused input of 4 bytes: boom"),
                                row.id() + ": " + panic.getMessage());
                    }
                }
            }
        }
    }

    @Test
    void thePrototypeCannotOpenAFile() {
        String python = """
                def reverse(data):
                    with open("/etc/hostname", "rb") as file:
                        return file.read()
                """;
        String js = """
                module.exports.reverse = (data) => require('fs').readFileSync('/etc/hostname');
                """;
        Exception fromPython = assertThrows(Exception.class,
                () -> run(row("python", "python@graalpy"), input("python", python, "reverse", items())));
        assertTrue(fromPython.getMessage().startsWith("PermissionError: [Errno 1] Operation not permitted: '/etc/hostname'"),
                fromPython.getMessage());
        Exception fromJs = assertThrows(Exception.class,
                () -> run(row("javascript", "js@graaljs"), input("javascript", js, "reverse", items())));
        assertTrue(fromJs.getMessage().contains("is not available to a prototype in oxbench's sandbox"), fromJs.getMessage());
    }

    @Test
    void aMissingNativeLibraryIsUnavailableAndAMissingWasmModuleFailsWithTheBuildsLine() {
        for (String language : List.of("python", "javascript")) {
            FolderInput built = reverseInput(language);
            FolderInput.Port port = new FolderInput.Port("reverse", "digest", null, "the native build is missing", null,
                    "the port does not build for wasm32: see build.log", null, "not built", null, "not built");
            FolderInput missing = new FolderInput(built.story(), built.manifestSha256(), language, built.prototype(), port, built.inputs());
            for (Implementation<FolderInput> row : InProcessRows.of(language)) {
                if (row.id().endsWith("@ffm")) {
                    Unavailable unavailable = assertThrows(Unavailable.class, () -> row.open(missing), row.id());
                    assertEquals("the native build is missing", unavailable.getMessage());
                } else if (row.id().endsWith("@graalwasm")) {
                    IllegalStateException failed = assertThrows(IllegalStateException.class, () -> row.open(missing), row.id());
                    assertEquals("the port does not build for wasm32: see build.log", failed.getMessage());
                }
            }
        }
    }
}
