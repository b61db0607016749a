package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Adler32;
import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code bench new} writes: each template's prototype loads in the guest sandbox and computes what its comments say. */
class FolderTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void thePythonTemplateCountsWordsAsItsDocstringSays() throws Exception {
        Path folder = dir.resolve("words");
        new FolderSource().create(folder, "python");

        String top = new String(run(folder, "inputs/odd-words.txt"), StandardCharsets.UTF_8);

        assertEquals("""
                3 and
                2 200
                2 404
                2 500
                2 don't
                2 it's
                2 not
                2 or
                2 panic
                1 2
                """, top, "ASCII words with inner apostrophes, in lower case; most frequent first, ties in order");
    }

    @Test
    void theJavaScriptTemplateGivesTheAdler32OfEveryKibibyte() throws Exception {
        Path folder = dir.resolve("sums");
        new FolderSource().create(folder, "javascript");

        for (String input : List.of("inputs/odd-words.txt", "inputs/incident-review.txt")) {
            byte[] data = Files.readAllBytes(folder.resolve(input));
            ByteBuffer expected = ByteBuffer.allocate((data.length + 1023) / 1024 * 4);
            for (int start = 0; start < data.length; start += 1024) {
                Adler32 adler = new Adler32();
                adler.update(data, start, Math.min(1024, data.length - start));
                expected.putInt((int) adler.getValue());
            }
            assertEquals(HexFormat.of().formatHex(expected.array()), HexFormat.of().formatHex(run(folder, input)), input);
        }
    }

    @Test
    void everyTemplateFileIsWritten() throws Exception {
        Path folder = dir.resolve("all");
        new FolderSource().create(folder, "javascript");

        for (String file : List.of("oxbench.toml", "prototype.js", "rust/Cargo.toml", "rust/src/lib.rs", "inputs/faq.txt",
                "inputs/incident-review.txt", "inputs/odd-words.txt", "inputs/release-notes.txt")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        assertEquals(InputFiles.read(Manifest.read(folder)).size(), 4, "the manifest's glob takes every input");
    }

    /** The template's prototype, loaded as a run loads it, called with one input's bytes. */
    private static byte[] run(Path folder, String input) throws Exception {
        Manifest manifest = Manifest.read(folder);
        String language = manifest.prototype().language();
        FolderInput.Prototype prototype = new FolderInput.Prototype(manifest.prototype().file(), manifest.prototypeFile().toString(),
                Files.readString(manifest.prototypeFile()), manifest.prototype().function());
        byte[] data = Files.readAllBytes(folder.resolve(input));
        Object[] unsigned = new Object[data.length];
        for (int i = 0; i < data.length; i++) {
            unsigned[i] = data[i] & 0xff;
        }
        try (Context context = Guests.shared().newContext(Prototypes.guestLanguage(language))) {
            Value function = Prototypes.function(context, language, prototype);
            Value toGuest = language.equals("python") ? context.eval("python", "lambda values: bytes(values)")
                    : context.eval("js", "(values) => Uint8Array.from(values)");
            Value result = function.execute(toGuest.execute(ProxyArray.fromArray(unsigned)));
            return FolderOutputs.bytes(result, prototype.function(), input);
        }
    }
}
