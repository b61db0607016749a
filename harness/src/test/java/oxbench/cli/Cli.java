package oxbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import oxbench.Main;

/** Runs the CLI in this JVM and captures what it prints, for the command tests. */
final class Cli {
    private Cli() {}

    record Outcome(int code, String out, String err) {}

    static Outcome bench(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Outcome(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Exit code 2 and one line on stderr containing {@code contains}, no stack trace. */
    static void assertOneLineError(Outcome outcome, String contains) {
        assertEquals(ExitCodes.USAGE, outcome.code(), outcome.err());
        assertEquals(1, outcome.err().strip().lines().count(), "one line: " + outcome.err());
        assertTrue(outcome.err().contains(contains), outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace");
    }
}
