package oxbench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A 64 KiB tmpfs mounted for one test, to see what a full disk does. Needs root (the test is skipped
 * otherwise, or when the machine cannot mount).
 */
public final class TinyDisk implements AutoCloseable {
    private final Path mountPoint;

    private TinyDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts the disk on {@code mountPoint} (an empty directory), or skips the test. */
    public static TinyDisk mount(Path mountPoint) throws IOException, InterruptedException {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.toString()), "cannot mount a tmpfs here");
        return new TinyDisk(mountPoint);
    }

    /** Fills the disk until a write fails, so that every later write of a byte fails too. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler"))) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // full now
        }
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler-tail"))) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // not one byte more
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run("umount", mountPoint.toString())) {
            throw new IOException("could not unmount " + mountPoint);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
