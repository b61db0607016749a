package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import oxbench.claims.SpeedupClaim;
import oxbench.story.Stories;
import oxbench.story.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder story opened through --story: its id, rows, claims and comparisons, and what is refused. */
class FolderStoryTest {
    @TempDir
    Path dir;

    private FolderStory open(String manifest) throws IOException {
        ManifestTest.folder(dir, manifest);
        return assertInstanceOf(FolderStory.class, Stories.resolve(dir.toString()));
    }

    @Test
    void aFolderIsOpenedByItsPathAndReopenedFromItsOrigin() throws IOException {
        FolderStory story = open(ManifestTest.VALID);
        assertEquals("wordfreq", story.id());
        assertEquals("file", story.unitOfWork());
        assertEquals("python@graalpy", story.baseline());
        assertEquals(dir.toAbsolutePath().normalize().toString(), story.origin());
        assertEquals("wordfreq", Stories.resolve(story.origin()).id());
        assertEquals("wordfreq", Stories.resolve(dir.resolve("oxbench.toml").toString()).id(), "the manifest's path names its folder");
    }

    @Test
    void theManifestsClaimsAreSpeedupClaimsAgainstTheBaselineUnlessTheyNameOne() throws IOException {
        FolderStory story = open(ManifestTest.VALID);
        assertEquals(List.of(
                new SpeedupClaim("python@cpython", "rust@ffm", 10, null, null, "file", "our design doc: 40 ms -> 4 ms per file"),
                new SpeedupClaim("python@graalpy", "python+rust@ffm", 2.5, null, null, "file", "oxbench.toml of wordfreq")),
                story.claims());
        assertEquals(List.of("python@cpython", "rust@graalwasm"), story.comparisons().stream().map(c -> c.slower()).toList());
    }

    @Test
    void aJavaScriptPrototypeHasItsOwnRows() throws IOException {
        FolderStory story = open(ManifestTest.VALID.replace("language = \"python\"", "language = \"javascript\"")
                .replace("baseline = \"python@cpython\"", "baseline = \"js@node\"").replace("python+rust@ffm", "js+rust@graalwasm"));
        assertEquals("js@graaljs", story.baseline());
        assertEquals(List.of("js@node", "rust@graalwasm"), story.comparisons().stream().map(c -> c.slower()).toList());
    }

    @Test
    void aClaimAboutAnImplementationTheStoryLacksIsRefused() throws IOException {
        ManifestTest.folder(dir, ManifestTest.VALID.replace("candidate = \"rust@ffm\"", "candidate = \"rust@wasm\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stories.resolve(dir.toString()));
        assertTrue(e.getMessage().startsWith(dir.toAbsolutePath().resolve("oxbench.toml")
                + ": claims[1].candidate: 'rust@wasm' is not an implementation of this story (python@graalpy, python@cpython,"), e.getMessage());
        ManifestTest.folder(dir, ManifestTest.VALID.replace("candidate = \"rust@ffm\"", "candidate = \"python@cpython\""));
        e = assertThrows(IllegalArgumentException.class, () -> Stories.resolve(dir.toString()));
        assertTrue(e.getMessage().endsWith("claims[1].candidate: 'python@cpython' is also the claim's baseline"), e.getMessage());
    }

    @Test
    void anIdThatClashesWithABuiltInStoryIsRefused() throws IOException {
        ManifestTest.folder(dir, ManifestTest.VALID.replace("id = \"wordfreq\"", "id = \"fingerprint\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stories.resolve(dir.toString()));
        assertEquals(dir.toAbsolutePath().resolve("oxbench.toml") + ": id: 'fingerprint' is the id of a built-in story; choose another",
                e.getMessage());
    }

    @Test
    void aPathThatIsNoFolderIsToldApartFromAnUnknownId() throws IOException {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stories.resolve("./no-such-story")).getMessage()
                .startsWith("--story ./no-such-story: no such folder"));
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stories.resolve(file.toString())).getMessage()
                .startsWith("--story " + file + ": not a folder"));
        String unknown = assertThrows(IllegalArgumentException.class, () -> Stories.resolve("wordfreq")).getMessage();
        assertTrue(unknown.startsWith("unknown story 'wordfreq' (known: fingerprint,") && unknown.endsWith("; or a folder holding an oxbench.toml"
                + " (see docs/your-own-story.md; `bench new` writes one))"), unknown);
    }

    @Test
    void aPrototypeThatLacksTheFunctionOrDoesNotLoadIsOneLine() throws IOException {
        FolderStory story = open(ManifestTest.VALID.replace("function = \"count_words\"\n\n[rust]", "function = \"count\"\n\n[rust]"));
        Path prototype = dir.toAbsolutePath().resolve("prototype.py");
        FolderInput.Prototype missing = new FolderInput.Prototype("prototype.py", prototype.toString(),
                "import re\ndef count_words(data):\n    return data\nclass Words:\n    pass\n", "count");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prototypes.requireFunction(story.manifest(), missing));
        assertEquals(prototype + ": prototype.function: count is not a function the file defines (it has: Words, count_words)", e.getMessage());
        FolderInput.Prototype broken = new FolderInput.Prototype("prototype.py", prototype.toString(), "def count(data):\n    return (\n", "count");
        e = assertThrows(IllegalArgumentException.class, () -> Prototypes.requireFunction(story.manifest(), broken));
        assertTrue(e.getMessage().startsWith(prototype + ": does not load: "), e.getMessage());
        assertTrue(e.getMessage().matches(".*\\(line [23]\\)$"), e.getMessage());
    }

    @Test
    void aJavaScriptPrototypeIsACommonJsModuleWithoutRequire() throws IOException {
        FolderStory story = open(ManifestTest.VALID.replace("language = \"python\"", "language = \"javascript\"")
                .replace("baseline = \"python@cpython\"", "baseline = \"js@node\"").replace("python+rust@ffm", "js+rust@graalwasm")
                .replace("function = \"count_words\"\n\n[rust]", "function = \"countWords\"\n\n[rust]"));
        String path = dir.resolve("prototype.js").toString();
        Prototypes.requireFunction(story.manifest(), new FolderInput.Prototype("prototype.js", path,
                "'use strict';\nfunction countWords(data) { return data; }\nmodule.exports = { countWords };\n", "countWords"));
        Prototypes.requireFunction(story.manifest(), new FolderInput.Prototype("prototype.js", path,
                "exports.countWords = (data) => data;\n", "countWords"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prototypes.requireFunction(story.manifest(),
                new FolderInput.Prototype("prototype.js", path, "exports.other = () => 1;\n", "countWords")));
        assertEquals(path + ": prototype.function: countWords is not a function the file defines in module.exports (it has: other)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Prototypes.requireFunction(story.manifest(),
                new FolderInput.Prototype("prototype.js", path, "const fs = require('fs');\nexports.countWords = (d) => d;\n", "countWords")));
        assertTrue(e.getMessage().startsWith(path + ": does not load: ") && e.getMessage().contains("require(\"fs\") is not available to a prototype"),
                e.getMessage());
    }

    @Test
    void equalOutputsHaveNoDifferenceAndTextIsComparedAsItsUtf8Bytes() {
        FolderInput input = input("a.txt", "b.bin");
        List<String> expected = FolderOutputs.lines(input, new Object[] {"héllo\n", new byte[] {1, 2, 3}});
        List<String> same = FolderOutputs.lines(input, new Object[] {"héllo\n".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3}});
        assertEquals(expected, same);
        assertNull(FolderOutputs.difference(expected, same));
    }

    @Test
    void aMismatchNamesEachInputThatDiffersWithTextAsTextAndBinaryAsOffsetAndBytes() {
        FolderInput input = input("a.txt", "b.bin", "c.txt");
        List<String> expected = FolderOutputs.lines(input, new Object[] {"the 3\nfox 1\n", new byte[] {1, 2, 3, (byte) 0xff}, "same"});
        List<String> actual = FolderOutputs.lines(input, new Object[] {"the 3\nfox 2\n", new byte[] {1, 2, 4}, "same"});
        assertEquals("output differs from the baseline's for 2 of 3 inputs: a.txt: text differs at line 2, column 5: expected"
                        + " ...'e 3\\nfox 1\\n', got ...'e 3\\nfox 2\\n'; b.bin: 3 bytes, baseline 4; first difference at byte offset 2:"
                        + " expected 03 ff, got 04",
                FolderOutputs.difference(expected, actual));
    }

    @Test
    void aMismatchNamesEveryInputThatDiffersBeyondTheThreeItDescribes() {
        FolderInput input = input("a", "b", "c", "d", "e", "f");
        List<String> expected = FolderOutputs.lines(input, new Object[] {"1", "2", "3", "4", "5", "6"});
        List<String> actual = FolderOutputs.lines(input, new Object[] {"x", "x", "3", "x", "x", "x"});
        String difference = FolderOutputs.difference(expected, actual);
        assertTrue(difference.startsWith("output differs from the baseline's for 5 of 6 inputs: a: text differs"), difference);
        assertTrue(difference.endsWith("; also e, f"), difference);
        assertTrue(difference.contains("; d: text differs") && !difference.contains("c: "), difference);
    }

    @Test
    void aForkReopensTheStoryFromTheRunsInputFileEvenWhenTheFolderIsGone() throws IOException {
        FolderStory story = open(ManifestTest.VALID);
        FolderInput input = new FolderInput("wordfreq", "0".repeat(64), "python",
                new FolderInput.Prototype("prototype.py", dir.resolve("prototype.py").toString(), "def count_words(d):\n    return d\n", "count_words"),
                new FolderInput.Port("count_words", "1".repeat(64), "/cache/libx.so", null, null, "no wasm", null, "no", null, "no"),
                List.of(new FolderInput.Item("inputs/a.txt", new byte[] {1, 2})));
        Path inputFile = Files.createTempFile("oxbench-folder-input-", ".json");
        try {
            oxbench.results.Json.MAPPER.writeValue(inputFile.toFile(), input);
            for (String file : List.of("oxbench.toml", "prototype.py")) {
                Files.delete(dir.resolve(file));
            }
            Story<?> reopened = Stories.reopen(story.origin(), inputFile);
            assertEquals("wordfreq", reopened.id());
            assertEquals(story.implementations().stream().map(i -> i.id()).toList(),
                    reopened.implementations().stream().map(i -> i.id()).toList());
            assertEquals(FolderInput.class, reopened.inputType());
        } finally {
            Files.deleteIfExists(inputFile);
        }
    }

    @Test
    void aResultOfAnotherTypeSaysWhatItMustBe() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FolderOutputs.lines(input("a.txt"), new Object[] {42}));
        assertEquals("count_words returned Integer for a.txt; it must return text (str, string) or bytes (bytes, Uint8Array)", e.getMessage());
    }

    private static FolderInput input(String... names) {
        return new FolderInput("wordfreq", "0".repeat(64), "python",
                new FolderInput.Prototype("prototype.py", "/x/prototype.py", "", "count_words"),
                new FolderInput.Port("count_words", null, null, null, null, null, null, null, null, null),
                java.util.Arrays.stream(names).map(name -> new FolderInput.Item(name, new byte[0])).toList());
    }

    @Test
    void storiesFromFoldersAreNotRegistered() {
        assertTrue(Stories.all().stream().map(Story::id).noneMatch("wordfreq"::equals));
    }
}
