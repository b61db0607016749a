package oxbench.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes every file oxbench keeps whole or not at all: the bytes go to a temporary file of their own
 * beside the target (unique per process and write, so concurrent writers never share one), which is
 * then renamed over the target. A reader sees the old file or the new one, never half of one; a full
 * disk leaves the old file as it was.
 */
public final class AtomicFiles {
    private static final AtomicLong WRITES = new AtomicLong();

    private AtomicFiles() {}

    /** What writes one file's bytes. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file that could not be written (unwritable directory, full disk): an environment error, not a failed implementation. */
    public static final class NotWritten extends IOException {
        private final transient Path file;

        NotWritten(Path file, IOException cause) {
            super("could not write " + file + ": " + reason(cause), cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws NotWritten when the file cannot be written; {@code target} is then unchanged
     */
    public static void write(Path target, Content content) throws NotWritten {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + WRITES.incrementAndGet() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new NotWritten(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /** {@link #write(Path, Content)} of bytes already made. */
    public static void write(Path target, byte[] bytes) throws NotWritten {
        write(target, out -> out.write(bytes));
    }

    /** Why a file operation failed, in words (the JDK's exceptions often carry only the path). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed; that is what gets reported
        }
    }
}
