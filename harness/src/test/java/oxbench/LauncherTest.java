package oxbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import oxbench.env.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher of a moved build: {@code ./bench} of a checkout copied elsewhere starts the JVM with the
 * JIT from the copy, not from where it was built. A stand-in JDK whose {@code java} prints its
 * arguments shows the command line the launcher would run.
 */
class LauncherTest {
    private static final Path BUILT = Home.dir().resolve("harness/target");

    @Test
    void theBuildsJitArgsHoldNoAbsolutePath() throws IOException {
        String jitArgs = Files.readString(BUILT.resolve("classes/oxbench/jit.args"));
        assertFalse(jitArgs.contains("/"), "jit.args names jars, not paths: " + jitArgs);
        assertTrue(jitArgs.contains("jars=compiler-"), jitArgs);
    }

    @Test
    void aMovedCheckoutPutsItsOwnCompilerJarsOnTheUpgradeModulePath(@TempDir Path moved) throws Exception {
        Path target = Files.createDirectories(moved.resolve("harness/target"));
        Files.copy(Home.dir().resolve("bench"), moved.resolve("bench"));
        Files.createDirectories(target.resolve("classes/oxbench"));
        Files.copy(BUILT.resolve("classes/oxbench/jit.args"), target.resolve("classes/oxbench/jit.args"));
        Files.createDirectories(target.resolve("jit"));
        try (var jars = Files.list(BUILT.resolve("jit"))) {
            for (Path jar : jars.toList()) {
                Files.createSymbolicLink(target.resolve("jit").resolve(jar.getFileName()), jar);
            }
        }
        Path jdk = fakeJdk(moved.resolve("jdk"));

        ProcessBuilder launch = new ProcessBuilder(moved.resolve("bench").toString(), "list")
                .redirectErrorStream(true);
        launch.environment().put("JAVA_HOME", jdk.toString());
        launch.environment().put("OXBENCH_NO_BUILD", "1");
        Process process = launch.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);

        List<String> args = output.lines().toList();
        String modulePath = args.stream().filter(arg -> arg.startsWith("--upgrade-module-path=")).findFirst()
                .orElseThrow(() -> new AssertionError("no --upgrade-module-path in " + args));
        List<String> jars = Arrays.asList(modulePath.substring("--upgrade-module-path=".length()).split(":"));
        assertEquals(4, jars.size(), modulePath);
        for (String jar : jars) {
            assertTrue(jar.startsWith(moved.resolve("harness/target/jit/").toString()), "from the copy: " + jar);
            assertTrue(Files.isRegularFile(Path.of(jar)), "exists: " + jar);
        }
        assertTrue(args.contains("-XX:+EnableJVMCI"), output);
        assertTrue(args.contains("-Doxbench.home=" + moved), output);
    }

    /** A "JDK 25" whose java reports its version when asked and otherwise prints its arguments, one a line. */
    private static Path fakeJdk(Path home) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        var executable = PosixFilePermissions.fromString("rwxr-xr-x");
        Path java = Files.writeString(bin.resolve("java"), """
                #!/bin/sh
                case "$1" in -XshowSettings*) echo '    java.specification.version = 25' >&2; exit 0 ;; esac
                for arg in "$@"; do printf '%s\\n' "$arg"; done
                """);
        Files.setPosixFilePermissions(java, executable);
        Files.setPosixFilePermissions(Files.writeString(bin.resolve("javac"), "#!/bin/sh\n"), executable);
        return home;
    }
}
