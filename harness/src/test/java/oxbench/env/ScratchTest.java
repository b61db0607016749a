package oxbench.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The private temporary directory: the owner's alone, and gone with everything in it once deleted. */
class ScratchTest {
    @Test
    void isPrivateAndDeletedWithItsContents() throws Exception {
        Path dir = Scratch.dir();
        assertTrue(dir.getFileName().toString().startsWith(Scratch.prefixOf(ProcessHandle.current().pid())), dir.toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        Path input = Files.createTempFile(dir, "boundary-input-", ".json");
        Path driver = Files.createTempDirectory(dir, "python-cpython-");
        Files.writeString(driver.resolve("result.json"), "{}");

        Scratch.deleteNow();

        assertFalse(Files.exists(input));
        assertFalse(Files.exists(dir));
        Path again = Scratch.dir();
        assertTrue(Files.isDirectory(again), "made again when needed after a deletion");
        Scratch.deleteNow();
    }
}
