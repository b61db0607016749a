package oxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import oxbench.TinyDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole or not at all: the old file survives a failed write, a full disk included. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("summary.json");
        AtomicFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));

        AtomicFiles.NotWritten failed = assertThrows(AtomicFiles.NotWritten.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertEquals("could not write " + file + ": No space left on device", failed.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("summary.json"), names());
    }

    @Test
    void aFullDiskLeavesTheOldFileWhole() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        try (TinyDisk tiny = TinyDisk.mount(disk)) {
            Path file = disk.resolve("jmh-fingerprint.json");
            String old = "[" + "1,".repeat(1000) + "1]";
            AtomicFiles.write(file, old.getBytes(StandardCharsets.UTF_8));
            tiny.fill();

            byte[] bigger = ("[" + "2,".repeat(20_000) + "2]").getBytes(StandardCharsets.UTF_8);
            AtomicFiles.NotWritten failed = assertThrows(AtomicFiles.NotWritten.class, () -> AtomicFiles.write(file, bigger));

            assertTrue(failed.getMessage().endsWith("No space left on device"), failed.getMessage());
            assertEquals(old, Files.readString(file), "the old file is whole, not cut at a block boundary");
            try (Stream<Path> files = Files.list(disk)) {
                assertTrue(files.noneMatch(path -> path.getFileName().toString().endsWith(".tmp")), "no temporary file left");
            }
        }
    }
}
