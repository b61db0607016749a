package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** oxbench.toml: what it holds when right, and one line naming the file and the key for each way it can be wrong. */
public class ManifestTest {
    public static final String VALID = """
            id = "wordfreq"
            title = "Word frequencies of a text file"
            unit = "file"

            [prototype]
            language = "python"
            file = "prototype.py"
            function = "count_words"

            [rust]
            crate = "rust"
            function = "count_words"

            [inputs]
            files = "inputs/*"

            [[claims]]
            candidate = "rust@ffm"
            baseline = "python@cpython"
            speedup = 10
            source = "our design doc: 40 ms -> 4 ms per file"

            [[claims]]
            candidate = "python+rust@ffm"
            speedup = 2.5
            """;

    @TempDir
    Path dir;

    /** A folder with the files VALID names, and {@code manifest} as its oxbench.toml. */
    public static Path folder(Path dir, String manifest) throws IOException {
        Files.writeString(dir.resolve("oxbench.toml"), manifest);
        Files.writeString(dir.resolve("prototype.py"), "def count_words(data):\n    return data\n");
        Files.createDirectories(dir.resolve("rust/src"));
        Files.writeString(dir.resolve("rust/Cargo.toml"), "[package]\nname = \"wordfreq\"\nversion = \"0.1.0\"\n");
        Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(dir.resolve("inputs/b.txt"), "b b");
        Files.writeString(dir.resolve("inputs/a.txt"), "a");
        return dir;
    }

    @Test
    void aValidManifestIsReadWithItsDefaultsAndClaims() throws IOException {
        Manifest manifest = Manifest.read(folder(dir, VALID));
        assertEquals("wordfreq", manifest.id());
        assertEquals("file", manifest.unit());
        assertEquals(new Manifest.PrototypeSpec("python", "prototype.py", "count_words"), manifest.prototype());
        assertEquals(new Manifest.RustSpec("rust", "count_words"), manifest.rust());
        assertEquals(dir.toAbsolutePath().resolve("rust"), manifest.crateDir());
        assertEquals(List.of(new Manifest.ClaimSpec("rust@ffm", "python@cpython", 10, "our design doc: 40 ms -> 4 ms per file"),
                new Manifest.ClaimSpec("python+rust@ffm", null, 2.5, null)), manifest.claims());
        assertEquals(64, manifest.sha256().length());
    }

    @Test
    void titleUnitAndClaimsAreOptional() throws IOException {
        String minimal = VALID.replace("title = \"Word frequencies of a text file\"\n", "").replace("unit = \"file\"\n", "");
        minimal = minimal.substring(0, minimal.indexOf("[[claims]]"));
        Manifest manifest = Manifest.read(folder(dir, minimal));
        assertEquals("wordfreq", manifest.title());
        assertEquals("input", manifest.unit());
        assertTrue(manifest.claims().isEmpty());
    }

    @Test
    void inputsAreTheGlobsFilesSortedByName() throws IOException {
        List<FolderInput.Item> items = InputFiles.read(Manifest.read(folder(dir, VALID)));
        assertEquals(List.of("inputs/a.txt", "inputs/b.txt"), items.stream().map(FolderInput.Item::name).toList());
        assertEquals("b b", new String(items.get(1).data()));
    }

    @Test
    void aGlobCanReachIntoSubfolders() throws IOException {
        folder(dir, VALID.replace("files = \"inputs/*\"", "files = \"inputs/**/*.bin\""));
        Files.createDirectories(dir.resolve("inputs/deep"));
        Files.write(dir.resolve("inputs/deep/z.bin"), new byte[] {0, (byte) 0xff});
        List<FolderInput.Item> items = InputFiles.read(Manifest.read(dir));
        assertEquals(List.of("inputs/deep/z.bin"), items.stream().map(FolderInput.Item::name).toList());
    }

    /** The one-line error of a broken folder, which must name the file and start with it. */
    private String error(String manifest) throws IOException {
        folder(dir, manifest);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFiles.read(Manifest.read(dir)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private String file() {
        return dir.toAbsolutePath().resolve("oxbench.toml") + ": ";
    }

    @Test
    void noManifest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifest.read(dir));
        assertTrue(e.getMessage().startsWith(file() + "no oxbench.toml"), e.getMessage());
    }

    @Test
    void aTomlErrorNamesItsLine() throws IOException {
        String message = error(VALID.replace("[rust]", "[rust"));
        assertTrue(message.startsWith(file() + "not valid TOML (line 10)"), message);
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        assertEquals(file() + "id: missing (required)", error(VALID.replace("id = \"wordfreq\"\n", "")));
        assertEquals(file() + "prototype.function: missing (required)", error(VALID.replace("function = \"count_words\"\n\n[rust]", "\n[rust]")));
        assertEquals(file() + "inputs: missing (a [inputs] table is required)",
                error(VALID.replace("[inputs]\nfiles = \"inputs/*\"\n", "")));
        assertEquals(file() + "claims[2].speedup: missing (required)", error(VALID.replace("speedup = 2.5\n", "")));
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() throws IOException {
        assertEquals(file() + "prototype.lang: unknown key (known here: language, file, function)",
                error(VALID.replace("file = \"prototype.py\"", "file = \"prototype.py\"\nlang = \"python\"")));
        assertEquals(file() + "colour: unknown key (known here: id, title, unit, prototype, rust, inputs, claims)",
                error("colour = \"red\"\n" + VALID));
        assertEquals(file() + "claims[1].factor: unknown key (known here: candidate, baseline, speedup, source)",
                error(VALID.replace("speedup = 10\n", "factor = 10\n")));
    }

    @Test
    void anUnknownLanguage() throws IOException {
        assertEquals(file() + "prototype.language: 'ruby' is not \"python\" or \"javascript\"",
                error(VALID.replace("language = \"python\"", "language = \"ruby\"")));
    }

    @Test
    void aBadIdOrTypeOrValue() throws IOException {
        assertTrue(error(VALID.replace("id = \"wordfreq\"", "id = \"Word Freq\"")).startsWith(file() + "id: 'Word Freq' is not a story id"));
        assertEquals(file() + "unit: must be a string, not 3", error(VALID.replace("unit = \"file\"", "unit = 3")));
        assertEquals(file() + "claims[1].speedup: must be a number, not \"10\"", error(VALID.replace("speedup = 10", "speedup = \"10\"")));
        assertEquals(file() + "claims[1].speedup: must be a number above 0, not -1.0", error(VALID.replace("speedup = 10", "speedup = -1")));
        assertEquals(file() + "prototype: must be a table ([prototype])",
                error(VALID.replace("[prototype]\nlanguage = \"python\"\nfile = \"prototype.py\"\nfunction = \"count_words\"\n",
                        "prototype = \"prototype.py\"\n")));
    }

    @Test
    void aPrototypeFileThatDoesNotExist() throws IOException {
        assertEquals(file() + "prototype.file: proto.py does not exist in " + dir.toAbsolutePath(),
                error(VALID.replace("file = \"prototype.py\"", "file = \"proto.py\"")));
        assertEquals(file() + "prototype.file: ../elsewhere.py is outside the story's folder",
                error(VALID.replace("file = \"prototype.py\"", "file = \"../elsewhere.py\"")));
    }

    @Test
    void aCrateWithoutCargoToml() throws IOException {
        assertTrue(error(VALID.replace("crate = \"rust\"", "crate = \"port\"")).startsWith(file() + "rust.crate: port holds no Cargo.toml"));
    }

    @Test
    void aGlobThatMatchesNothing() throws IOException {
        assertEquals(file() + "inputs.files: 'inputs/*.csv' matches no file in " + dir.toAbsolutePath(),
                error(VALID.replace("inputs/*", "inputs/*.csv")));
        assertEquals(file() + "inputs.files: 'data/*' matches no file in " + dir.toAbsolutePath(), error(VALID.replace("inputs/*", "data/*")));
        assertEquals(file() + "inputs.files: '../*' reaches outside the story's folder", error(VALID.replace("inputs/*", "../*")));
    }

    /** Works as root too: /proc/self/mem is a regular file whose first page cannot be read (EIO). */
    @Test
    void anInputThatCannotBeRead() throws IOException {
        folder(dir, VALID);
        Path unreadable = dir.resolve("inputs/c.txt");
        Files.createSymbolicLink(unreadable, Path.of("/proc/self/mem"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFiles.read(Manifest.read(dir)));
        assertTrue(e.getMessage().startsWith(unreadable.toAbsolutePath() + ": an input that cannot be read"), e.getMessage());
    }

    @Test
    void theLiteralPrefixOfAGlobIsWhereTheFilesAreLookedFor() {
        assertEquals("inputs/", InputFiles.literalPrefix("inputs/*"));
        assertEquals("data/texts/", InputFiles.literalPrefix("data/texts/*.txt"));
        assertEquals(".", InputFiles.literalPrefix("*.txt"));
        assertEquals("a/", InputFiles.literalPrefix("a/**/b/*"));
    }
}
