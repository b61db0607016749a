package oxbench.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The machine-wide lock that lets one {@code bench run} measure at a time. JMH has a lock of its own
 * ({@code /tmp/jmh.lock}), but takes it once per {@code Runner.run()}, and oxbench calls that once per
 * implementation: without a run-level lock a second run would slip in between the first one's rows
 * (or, as before, fail every row on JMH's lock). The lock file names its holder (pid, start, command
 * line), so a waiting run can say whom it waits for. The operating system releases the lock when the
 * holding process ends, however it ends.
 */
public final class RunLock implements AutoCloseable {
    /** The system property that moves the lock (tests that must not wait for the machine's real runs). */
    public static final String PROPERTY = "oxbench.runLock";

    /** The lock every oxbench checkout on this machine shares, beside JMH's own ({@code /tmp/oxbench-run.lock}). */
    public static Path machineWide() {
        String moved = System.getProperty(PROPERTY);
        return moved != null ? Path.of(moved) : Path.of(System.getProperty("java.io.tmpdir"), "oxbench-run.lock");
    }

    /** How often a waiting run tries the lock again. */
    private static final long POLL_MILLIS = 250;

    /** Another run holds the lock and this one was told not to wait. */
    public static final class Held extends Exception {
        Held(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock in {@code file}, waiting for its holder unless {@code wait} is false.
     *
     * @param holder    who takes it, written into the file for the runs that wait (one line)
     * @param noteEvery how often a waiting run says it is still waiting
     * @param notes     where the waiting messages go
     * @throws Held when the lock is held and {@code wait} is false
     * @throws IOException when the lock file cannot be opened
     */
    public static RunLock acquire(Path file, String holder, boolean wait, Duration noteEvery, Consumer<String> notes)
            throws Held, IOException, InterruptedException {
        FileChannel channel = open(file);
        try {
            long waitingSince = 0;
            long lastNote = 0;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    RunLock taken = new RunLock(channel, lock);
                    taken.describe(holder);
                    if (waitingSince != 0) {
                        notes.accept(String.format("the other run is done (waited %d s); measuring now",
                                (System.nanoTime() - waitingSince) / 1_000_000_000L));
                    }
                    return taken;
                }
                String other = holderOf(channel);
                if (!wait) {
                    throw new Held("another oxbench run is measuring on this machine (" + other + "; lock " + file
                            + "); two runs never measure at once: wait for it, or run again without --no-wait to queue");
                }
                long now = System.nanoTime();
                if (waitingSince == 0) {
                    waitingSince = now;
                    lastNote = now;
                    notes.accept("another oxbench run is measuring on this machine (" + other + "); waiting for it to"
                            + " finish before measuring (--no-wait fails instead)");
                } else if (now - lastNote >= noteEvery.toNanos()) {
                    lastNote = now;
                    notes.accept(String.format("still waiting for the other run (%s), %d s so far", other,
                            (now - waitingSince) / 1_000_000_000L));
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (Held | IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Rewrites who holds the lock (e.g. once the run's id is known). */
    public void describe(String holder) throws IOException {
        byte[] text = (holder.lines().findFirst().orElse("") + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        channel.force(false);
    }

    /** Releases the lock (the file stays, empty, for the next run). */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static FileChannel open(Path file) throws IOException {
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        if (created) {
            try {
                // Every user's runs share the lock, so every user must be able to open it.
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // another user's later run may then fail to open it, and says so
            }
        }
        return channel;
    }

    /** The lock, or null when another process (or another RunLock in this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static String holderOf(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "holder unknown" : text;
    }
}
