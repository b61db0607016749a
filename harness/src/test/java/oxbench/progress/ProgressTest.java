package oxbench.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import oxbench.progress.Progress.Step;
import org.junit.jupiter.api.Test;

/** The two renderings of a run's progress, on a fake clock. */
class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final Step WARMUP = new Step("    rust@ffm warm-up   3/15  52.55 us/file", "fingerprint", "rust@ffm",
            "warm-up 3/15 (52.55 us/file)", 100.4);

    @Test
    void plainOutputIsOneLinePerStepAndNote() {
        Progress plain = new PlainProgress(out);
        plain.step(Step.ofStory("fingerprint", "preparing input"));
        plain.step(new Step(null, "fingerprint", "rust@ffm", "checking its output", null));
        plain.note("  rust@ffm: ok");
        plain.step(WARMUP);
        plain.done();
        assertEquals("""
                fingerprint: preparing input
                  rust@ffm: ok
                    rust@ffm warm-up   3/15  52.55 us/file
                """, printed().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aTerminalGetsOneStatusLineRewrittenInPlace() {
        Progress terminal = new TerminalProgress(out, nanos::get, 120);
        nanos.addAndGet(75_000_000_000L);
        terminal.step(WARMUP);
        assertEquals("\r\033[K[1:15] fingerprint > rust@ffm: warm-up 3/15 (52.55 us/file), about 1:40 left", printed());
        bytes.reset();
        terminal.note("  rust@graalwasm: FAILED: boom");
        assertEquals("\r\033[K  rust@graalwasm: FAILED: boom\n"
                + "\r\033[K[1:15] fingerprint > rust@ffm: warm-up 3/15 (52.55 us/file), about 1:40 left", printed(),
                "the note stays above, the status line is drawn again");
        bytes.reset();
        nanos.addAndGet(3600_000_000_000L);
        terminal.step(Step.ofStory("patterns", "preparing input"));
        assertEquals("\r\033[K[1:01:15] patterns: preparing input", printed());
        bytes.reset();
        terminal.done();
        assertEquals("\r\033[K", printed());
    }

    @Test
    void aLongStatusLineIsCutToTheTerminalWidth() {
        Progress terminal = new TerminalProgress(out, nanos::get, 40);
        terminal.step(WARMUP);
        String line = printed().substring("\r\033[K".length());
        assertEquals(39, line.length(), line); // one column short of the width: the cursor must not wrap
        assertTrue(line.endsWith("~"), line);
        assertTrue(!line.contains("\n"));
    }
}
