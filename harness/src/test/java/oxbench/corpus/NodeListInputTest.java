package oxbench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import oxbench.story.InputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeListInputTest {
    private final List<String> warnings = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void aFileThatDoesNotParseIsSkippedAndTheRunGoesOn() throws Exception {
        Files.writeString(dir.resolve("broken.py"), "def f(:\n    pass\n");
        Files.writeString(dir.resolve("nul.py"), "x = 1\u0000\n");
        Files.writeString(dir.resolve("ok.py"), "def f(x):\n    return x + 1\n");
        Files.writeString(dir.resolve("empty.py"), "");
        NodeListInput input = NodeListInput.read(new InputOptions(false, dir), warnings::add);
        assertEquals(List.of("ok.py"), input.files().stream().map(FileNodes::name).toList());
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals("skipped empty.py: empty", warnings.get(0));
        assertTrue(warnings.get(1).startsWith("skipped broken.py: does not parse (SyntaxError"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("skipped nul.py: does not parse"), warnings.get(2));
        assertEquals(warnings, input.skipped());
        assertTrue(input.files().getFirst().nodes().stream().anyMatch(node -> node.startsWith("FunctionDef name='f' ")),
                input.files().getFirst().nodes().toString());
    }

    @Test
    void aCorpusWithNothingUsableIsAnError() throws Exception {
        Files.writeString(dir.resolve("broken.py"), "(((\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NodeListInput.read(new InputOptions(false, dir), warnings::add));
        assertTrue(error.getMessage().contains("has no Python file that parses"), error.getMessage());
    }

    @Test
    void aCorpusWithNoPythonFilesIsAnError() throws Exception {
        Files.createDirectories(dir.resolve(".venv"));
        Files.writeString(dir.resolve(".venv/hidden.py"), "x = 1\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NodeListInput.read(new InputOptions(false, dir), warnings::add));
        assertTrue(error.getMessage().contains("has no usable *.py file"), error.getMessage());
    }

    @Test
    void theQuickDefaultCorpusIsTheStandardLibrarySelection() throws Exception {
        NodeListInput input = NodeListInput.read(new InputOptions(true, null), warnings::add);
        assertEquals(List.of("string.py", "shlex.py", "json/decoder.py", "textwrap.py"),
                input.files().stream().map(FileNodes::name).toList());
        assertTrue(input.corpus().contains("standard library"), input.corpus());
        assertEquals(List.of(), warnings);
    }
}
