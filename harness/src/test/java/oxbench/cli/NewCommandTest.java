package oxbench.cli;

import static oxbench.cli.Cli.assertOneLineError;
import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import oxbench.env.Home;
import oxbench.stories.folder.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bench new PATH --language L}: a folder story that opens as one, and one-line refusals. */
class NewCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"python", "javascript"})
    void writesAStoryThatOpensWithItsFolderAsId(String language) throws Exception {
        Path folder = dir.resolve("Word Count_2");

        Cli.Outcome outcome = bench("new", folder.toString(), "--language", language);

        assertEquals(ExitCodes.OK, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("bench run --quick --story '" + folder + "'"), "quoted, for the space: " + outcome.out());
        Manifest manifest = Manifest.read(folder);
        assertEquals("word-count-2", manifest.id());
        assertEquals(language, manifest.prototype().language());
        assertEquals(1, manifest.claims().size(), "the template shows a claim");
        String cargo = Files.readString(folder.resolve("rust/Cargo.toml"));
        assertTrue(cargo.contains("name = \"word-count-2-port\""), cargo);
        assertTrue(cargo.contains("oxbench-port = { path = \"" + Home.dir().resolve("rust-core/port") + "\" }"), cargo);
        assertTrue(Files.readString(folder.resolve("rust/src/lib.rs")).contains("oxbench_port::export!("));
        try (Stream<Path> inputs = Files.list(folder.resolve("inputs"))) {
            assertTrue(inputs.count() >= 3, "a few inputs");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("{{"),
                        file + " keeps a placeholder");
            }
        }
    }

    @Test
    void fillsAnEmptyFolderAndRenamesABuiltInId() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fingerprint"));

        assertEquals(ExitCodes.OK, bench("new", folder.toString(), "--language", "python").code());

        assertEquals("my-fingerprint", Manifest.read(folder).id(), "a built-in id would clash");
        assertTrue(Files.readString(folder.resolve("rust/Cargo.toml")).contains("name = \"my-fingerprint-port\""));
    }

    @Test
    void aLeadingDigitGivesAPackageNameCargoTakes() throws Exception {
        Path folder = dir.resolve("2026 parser");

        assertEquals(ExitCodes.OK, bench("new", folder.toString(), "--language", "javascript").code());

        assertEquals("2026-parser", Manifest.read(folder).id());
        assertTrue(Files.readString(folder.resolve("rust/Cargo.toml")).contains("name = \"story-2026-parser-port\""),
                "a cargo package name cannot start with a digit");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(folder.resolve("notes.txt"), "keep me");

        assertOneLineError(bench("new", folder.toString(), "--language", "python"), folder + ": exists and is not empty");

        assertEquals(List.of(folder.resolve("notes.txt")), Files.list(folder).toList(), "nothing written");
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "");

        assertOneLineError(bench("new", file.toString(), "--language", "python"), file + ": exists and is not a folder");
    }

    @Test
    void refusesALanguageWithNoTemplate() {
        Path folder = dir.resolve("ruby-story");

        assertOneLineError(bench("new", folder.toString(), "--language", "ruby"),
                "--language ruby: no template in that language (known: python, javascript)");

        assertFalse(Files.exists(folder));
    }

    @Test
    void theLanguageIsRequired() {
        assertOneLineError(bench("new", dir.resolve("x").toString()), "--language");
    }
}
