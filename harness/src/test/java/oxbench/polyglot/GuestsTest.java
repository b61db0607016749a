package oxbench.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;

/** The guest sandbox and the JIT check (the test JVM carries the same JIT flags as the launcher). */
class GuestsTest {
    @Test
    void theTestJvmRunsTheOptimizingRuntime() {
        assertEquals("GraalVM CE", Guests.shared().runtimeName());
        assertTrue(Guests.shared().jitAvailable());
    }

    @Test
    void theFallbackRuntimeIsRefusedUnlessInterpreterModeWasAskedFor() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Guests.requireJit(RuntimeMode.JIT, Guests.FALLBACK_RUNTIME));
        assertTrue(refused.getMessage().contains("--interpreter"), refused.getMessage());
        Guests.requireJit(RuntimeMode.INTERPRETER, Guests.FALLBACK_RUNTIME);
        Guests.requireJit(RuntimeMode.JIT, "GraalVM CE");
    }

    @Test
    void theRefusalNamesWhatIsMissing() {
        assertTrue(new JitPrerequisites(false, true, true).missing().contains("-XX:+EnableJVMCI"));
        String noCompiler = new JitPrerequisites(true, false, true).missing();
        assertTrue(noCompiler.contains("upgrade module path") && !noCompiler.contains("JVMCI is not"), noCompiler);
        assertTrue(JitPrerequisites.ofThisJvm().jvmci() && JitPrerequisites.ofThisJvm().graalCompiler(),
                "the test JVM has the JIT's flags: " + JitPrerequisites.ofThisJvm());
    }

    /** As a user without the JIT's flags: --interpreter must work exactly where the refusal sends them. */
    @Test
    void interpreterModeWorksOnTheFallbackRuntime() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FallbackRuntimeChild.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertTrue(output.contains("interpreter engine: " + Guests.FALLBACK_RUNTIME + ", 6*7=42"), output);
        assertTrue(output.contains("refused: ") && output.contains("JVMCI is not enabled"), output);
    }

    @Test
    void guestsCannotReadHostFiles() {
        try (Context context = Guests.shared().newContext("python")) {
            PolyglotException denied = assertThrows(PolyglotException.class,
                    () -> context.eval("python", "open('/etc/hostname').read()"));
            assertTrue(denied.getMessage().contains("PermissionError") || denied.getMessage().contains("not permitted"),
                    denied.getMessage());
        }
    }

    @Test
    void guestsSeeNoEnvironmentVariablesAndCannotStartProcesses() {
        try (Context context = Guests.shared().newContext("python")) {
            assertTrue(System.getenv("PATH") != null, "the host has PATH");
            assertTrue(context.eval("python", "import os; 'PATH' not in os.environ and 'HOME' not in os.environ").asBoolean(),
                    context.eval("python", "import os; str(sorted(os.environ))").asString());
            assertThrows(PolyglotException.class,
                    () -> context.eval("python", "import subprocess; subprocess.run(['true'])"));
        }
    }

    @Test
    void guestsCannotLookUpHostClasses() {
        try (Context context = Guests.shared().newContext("python")) {
            assertThrows(PolyglotException.class,
                    () -> context.eval("python", "import java; java.type('java.lang.System').exit(3)"));
        }
    }

    @Test
    void guestsCanStillImportTheirOwnStandardLibrary() {
        try (Context context = Guests.shared().newContext("python")) {
            assertEquals(3, context.eval("python", "import ast; len(ast.parse('a; b; c').body)").asInt());
        }
    }
}
