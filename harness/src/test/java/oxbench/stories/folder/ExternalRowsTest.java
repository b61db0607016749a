package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import oxbench.external.DriverFailure;
import oxbench.external.ExternalImplementation;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.Unavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder story's rows in CPython and Node: the drivers' output, input by input, and what a missing build gives. */
class ExternalRowsTest {
    static final List<FolderInput.Item> ITEMS = List.of(
            new FolderInput.Item("a.txt", "two words\n".getBytes(StandardCharsets.UTF_8)),
            new FolderInput.Item("empty", new byte[0]),
            new FolderInput.Item("sub/b.bin", new byte[] {0, (byte) 0xff, 10, (byte) 0x80}));

    /** Text inputs in upper case (as text), other bytes reversed (as bytes); raises on "boom". */
    static final String PYTHON = """
            def shout(data):
                if data == b"boom":
                    raise ValueError("refused\\nboom")
                try:
                    return data.decode("utf-8").upper()
                except UnicodeDecodeError:
                    return bytes(reversed(data))
            """;

    /** The same function in JavaScript, through a helper module it requires (which works under Node). */
    static final String JAVASCRIPT = """
            const { upper } = require('./helper.js');
            module.exports.shout = function (data) {
              if (!(data instanceof Uint8Array) || Buffer.isBuffer(data)) {
                throw new TypeError('expected a plain Uint8Array');
              }
              if (Buffer.from(data).toString() === 'boom') {
                throw new Error('refused\\nboom');
              }
              try {
                return upper(new TextDecoder('utf-8', { fatal: true }).decode(data));
              } catch (error) {
                if (error instanceof TypeError) {
                  return Uint8Array.from(data).reverse();
                }
                throw error;
              }
            };
            """;

    /** The function of PortFixtures' reverse port that the rows around it call: each input reversed, as UTF-8 text (lossy). */
    static final String PORT_FUNCTION = "reverse_unless_boom";
    static final List<String> REVERSED = List.of("a.txt\t" + hex("\nsdrow owt"), "empty\t", "sub/b.bin\t" + hex("\ufffd\n\ufffd\0"));
    /** Two inputs, on the second of which the reverse port panics. */
    static final List<FolderInput.Item> BOOM = List.of(ITEMS.getFirst(), new FolderInput.Item("inputs/x", "boom".getBytes(StandardCharsets.UTF_8)));

    @TempDir
    Path dir;

    static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    static final List<String> EXPECTED = List.of("a.txt\t" + hex("TWO WORDS\n"), "empty\t", "sub/b.bin\t800aff00");

    static FolderInput python(Path dir, List<FolderInput.Item> items, FolderInput.Port port) throws Exception {
        Path file = Files.writeString(dir.resolve("prototype.py"), PYTHON);
        return new FolderInput("mine", "0".repeat(64), "python",
                new FolderInput.Prototype("prototype.py", file.toString(), PYTHON, "shout"), port, items);
    }

    static FolderInput javascript(Path dir, List<FolderInput.Item> items, FolderInput.Port port) throws Exception {
        Files.writeString(dir.resolve("helper.js"), "module.exports.upper = (text) => text.toUpperCase();\n");
        Path file = Files.writeString(dir.resolve("prototype.js"), JAVASCRIPT);
        return new FolderInput("mine", "0".repeat(64), "javascript",
                new FolderInput.Prototype("prototype.js", file.toString(), JAVASCRIPT, "shout"), port, items);
    }

    static FolderInput input(String language, Path dir, List<FolderInput.Item> items, FolderInput.Port port) throws Exception {
        return language.equals("python") ? python(dir, items, port) : javascript(dir, items, port);
    }

    static FolderInput.Port nothingBuilt() {
        return new FolderInput.Port("shout", null, null, "no native", null, "error[E0433]: cannot build for wasm32",
                null, "PyO3 is not installed", null, "the addon did not link");
    }

    static Implementation<FolderInput> row(String language, String id) {
        return ExternalRows.of(language).stream().filter(row -> row.id().equals(id)).findFirst().orElseThrow();
    }

    static List<String> run(Implementation<FolderInput> row, FolderInput input) throws Exception {
        return FolderOutputs.lines(input, row.open(input).run());
    }

    /** The row computes the port's output on every input, and a panic on one input fails it with {@code failure}. */
    static void assertCallsThePort(Implementation<FolderInput> row, String language, Path dir, FolderInput.Port port, String failure)
            throws Exception {
        assertEquals(REVERSED, run(row, input(language, dir, ITEMS, port)));
        DriverFailure panic = assertThrows(DriverFailure.class, () -> run(row, input(language, dir, BOOM, port)));
        assertEquals(failure, panic.getMessage());
    }

    static void assumeOnPath(String program) {
        boolean found = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, program)));
        assumeTrue(found, program + " is not installed on this machine");
    }

    @Test
    void eachLanguageHasItsExternalRowsMeasuredOutsideTheJvm() {
        assertEquals(List.of("python@cpython", "python+rust@pyo3"), ExternalRows.of("python").stream().map(Implementation::id).toList());
        assertEquals(List.of("js@node", "js+rust@node-wasm", "js+rust@napi"),
                ExternalRows.of("javascript").stream().map(Implementation::id).toList());
        for (String language : List.of("python", "javascript")) {
            for (Implementation<FolderInput> row : ExternalRows.of(language)) {
                assertInstanceOf(ExternalImplementation.class, row, row.id());
                assertEquals(CodeKind.EXTERNAL, row.measurement().kind(), row.id());
                assertTrue(FolderStory.PYTHON_ROWS.contains(row.id()) || FolderStory.JAVASCRIPT_ROWS.contains(row.id()), row.id());
            }
        }
    }

    @Test
    void cpythonRunsThePrototypeOnEveryInputsBytes() throws Exception {
        assumeOnPath("python3");
        assertEquals(EXPECTED, run(row("python", "python@cpython"), python(dir, ITEMS, nothingBuilt())));
    }

    @Test
    void nodeRunsThePrototypeAsARealModuleOnPlainUint8Arrays() throws Exception {
        assumeOnPath("node");
        assertEquals(EXPECTED, run(row("javascript", "js@node"), javascript(dir, ITEMS, nothingBuilt())));
    }

    @Test
    void anErrorOnOneInputFailsTheRowNamingTheInputOnOneLine() throws Exception {
        assumeOnPath("python3");
        assumeOnPath("node");
        DriverFailure python = assertThrows(DriverFailure.class, () -> run(row("python", "python@cpython"), python(dir, BOOM, nothingBuilt())));
        assertEquals("python3 exited with status 1: shout on inputs/x: ValueError: refused boom", python.getMessage());
        DriverFailure node = assertThrows(DriverFailure.class, () -> run(row("javascript", "js@node"), javascript(dir, BOOM, nothingBuilt())));
        assertEquals("node exited with status 1: shout on inputs/x: Error: refused boom", node.getMessage());
    }

    @Test
    void aResultThatIsNeitherTextNorBytesFailsNamingTheInput() throws Exception {
        assumeOnPath("python3");
        String source = "def shout(data):\n    return len(data)\n";
        Path file = Files.writeString(dir.resolve("counting.py"), source);
        FolderInput input = new FolderInput("mine", "0".repeat(64), "python",
                new FolderInput.Prototype("counting.py", file.toString(), source, "shout"), nothingBuilt(), ITEMS);
        DriverFailure failure = assertThrows(DriverFailure.class, () -> run(row("python", "python@cpython"), input));
        assertEquals("python3 exited with status 1: TypeError: shout returned int for a.txt; it must return text (str) or bytes",
                failure.getMessage());
    }

    @Test
    void theDriversRunTheSnapshotNotTheFileAsItIsNow() throws Exception {
        assumeOnPath("python3");
        FolderInput input = python(dir, ITEMS, nothingBuilt());
        Files.writeString(Path.of(input.prototype().path()), "def shout(data):\n    return 'changed'\n");
        assertEquals(EXPECTED, run(row("python", "python@cpython"), input));
    }

    @Test
    void aMissingPyo3ModuleOrAddonIsUnavailableAndAFailedWasmBuildFailsTheRow() throws Exception {
        Unavailable pyo3 = assertThrows(Unavailable.class, () -> row("python", "python+rust@pyo3").open(python(dir, ITEMS, nothingBuilt())));
        assertEquals("PyO3 is not installed", pyo3.getMessage());
        Unavailable napi = assertThrows(Unavailable.class, () -> row("javascript", "js+rust@napi").open(javascript(dir, ITEMS, nothingBuilt())));
        assertEquals("the addon did not link", napi.getMessage());
        IllegalStateException wasm = assertThrows(IllegalStateException.class,
                () -> row("javascript", "js+rust@node-wasm").open(javascript(dir, ITEMS, nothingBuilt())));
        assertEquals("error[E0433]: cannot build for wasm32", wasm.getMessage());
    }

    @Test
    void nodeRunsThePortsWasmModuleInV8AndATrapFailsTheRowWithThePanicsMessage() throws Exception {
        assumeOnPath("node");
        BuiltPort built = PortFixtures.reverse();
        assertNotNull(built.wasmModule(), built.wasmProblem());
        FolderInput.Port port = new FolderInput.Port(PORT_FUNCTION, null, null, "n/a", built.wasmModule().toString(), null,
                null, "n/a", null, "n/a");
        assertCallsThePort(row("javascript", "js+rust@node-wasm"), "javascript", dir, port,
                "node exited with status 1: " + PORT_FUNCTION + " on inputs/x: Error: " + PORT_FUNCTION
                        + " panicked (a trap in wasm): refused input of 4 bytes: boom");
    }
}
