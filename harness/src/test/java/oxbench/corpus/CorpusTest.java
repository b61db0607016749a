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

class CorpusTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void readsEveryPythonFileInPathOrderOutsideHiddenDirectories() throws Exception {
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/b.py"), "b = 2\n");
        Files.writeString(dir.resolve("a.py"), "a = 1\n");
        Files.writeString(dir.resolve("notes.txt"), "not python\n");
        Files.createDirectories(dir.resolve(".venv/lib"));
        Files.writeString(dir.resolve(".venv/lib/site.py"), "installed = True\n");
        List<SourceFile> files = Corpus.readDirectory(dir, warnings::add);
        assertEquals(List.of("a.py", "pkg/b.py"), files.stream().map(SourceFile::name).toList());
        assertEquals("a = 1\n", files.getFirst().text());
        assertEquals(List.of(), warnings);
    }

    @Test
    void skipsEmptyAndNonUtf8FilesWithAWarningNamingThem() throws Exception {
        Files.writeString(dir.resolve("empty.py"), "");
        Files.writeString(dir.resolve("blank.py"), "  \n\n");
        Files.write(dir.resolve("latin1.py"), new byte[] {'x', '=', '"', (byte) 0xe9, '"', '\n'});
        Files.writeString(dir.resolve("good.py"), "名前 = 'ünïcode'\n");
        List<SourceFile> files = Corpus.readDirectory(dir, warnings::add);
        assertEquals(List.of("good.py"), files.stream().map(SourceFile::name).toList());
        assertEquals(List.of("skipped blank.py: empty", "skipped empty.py: empty", "skipped latin1.py: not UTF-8"), warnings);
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        Files.write(dir.resolve("bom.py"), new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x', '=', '1'});
        assertEquals("x=1", Corpus.readDirectory(dir, warnings::add).getFirst().text());
    }

    @Test
    void aMissingDirectoryIsAnError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Corpus.readDirectory(dir.resolve("nope"), warnings::add));
        assertTrue(error.getMessage().contains("is not a directory"), error.getMessage());
    }

    @Test
    void namedFilesThatAreMissingAreSkippedWithAWarning() throws Exception {
        Files.writeString(dir.resolve("here.py"), "pass\n");
        List<SourceFile> files = Corpus.read(dir, List.of("here.py", "gone.py"), InputOptions.DEFAULT_MAX_FILE_BYTES, warnings::add);
        assertEquals(1, files.size());
        assertEquals(1, warnings.size());
        assertTrue(warnings.getFirst().startsWith("skipped gone.py: cannot be read"), warnings.getFirst());
    }

    @Test
    void theDefaultSelectionIsFixed() {
        assertEquals(16, Corpus.STANDARD_LIBRARY.size());
        assertEquals(Corpus.STANDARD_LIBRARY.subList(0, 4), Corpus.STANDARD_LIBRARY_QUICK);
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedWithAWarningBeforeItIsRead() throws Exception {
        Files.writeString(dir.resolve("small.py"), "x = 1\n");
        Files.writeString(dir.resolve("generated.py"), "y = 2\n" + "#".repeat(100));

        List<SourceFile> files = Corpus.readDirectory(dir, 50, warnings::add);

        assertEquals(List.of("small.py"), files.stream().map(SourceFile::name).toList());
        assertEquals(List.of("skipped generated.py: 106 bytes, over the limit of 50 bytes per file (--max-file-size)"), warnings);
    }

    @Test
    void theDefaultLimitKeepsEveryStandardLibraryModule() throws Exception {
        // pydoc_data/topics.py, the largest module GraalPy ships, is 0.8 MB.
        Files.write(dir.resolve("topics.py"), ("t = '" + "x".repeat(828_400) + "'\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, Corpus.readDirectory(dir, warnings::add).size(), warnings.toString());
        assertEquals(List.of(), warnings);
    }
}
