package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CargoTest {
    @Test
    void theOverrideDecidesWithoutProbing() {
        assertTrue(Cargo.offline("1", () -> { throw new AssertionError("probed"); }));
        assertFalse(Cargo.offline("0", () -> { throw new AssertionError("probed"); }));
        assertThrows(IllegalArgumentException.class, () -> Cargo.offline("maybe", () -> true));
    }

    @Test
    void withoutAnOverrideTheProbeDecides() {
        assertTrue(Cargo.offline(null, () -> true));
        assertFalse(Cargo.offline("", () -> false));
    }

    @Test
    void offlineBuildsUseTheDirectorySourceAndNativeOnesUnwind() {
        List<String> flags = Cargo.configFlags(true, Path.of("/oxbench/rust-core/target/vendor"), false);
        assertEquals(List.of("--config", "source.crates-io.replace-with=\"oxbench-vendor\"",
                "--config", "source.oxbench-vendor.directory=\"/oxbench/rust-core/target/vendor\"",
                "--config", "net.offline=true",
                "--config", "profile.release.panic=\"unwind\""), flags);
    }

    @Test
    void wasmBuildsAbortBuildStdAndLinkWithWasmLd() {
        List<String> flags = Cargo.configFlags(false, null, true);
        assertEquals(List.of("--config", "profile.release.panic=\"abort\"",
                "--config", "target.wasm32-unknown-unknown.linker=\"wasm-ld-22\"",
                "-Zbuild-std=std,panic_abort"), flags);
        Map<String, String> env = new HashMap<>(Map.of("RUSTFLAGS", "-C target-cpu=native", "PATH", "/root/.cargo/bin:/usr/bin"));
        Cargo.environment(env, Path.of("/cache/t"), true);
        assertEquals("/usr/bin:/bin", env.get("PATH"));
        assertEquals("/usr/bin/rustc", env.get("RUSTC"));
        assertEquals("1", env.get("RUSTC_BOOTSTRAP"));
        assertEquals("wasm32-unknown-unknown", env.get("CARGO_BUILD_TARGET"));
        assertEquals("/cache/t", env.get("CARGO_TARGET_DIR"));
        assertFalse(env.containsKey("RUSTFLAGS"));
    }

    @Test
    void theFirstErrorLineComesWithItsLocation(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("native.log");
        Files.writeString(log, """
                   Compiling x v0.1.0 (/tmp/x)
                warning: unused variable: `y`
                error[E0425]: cannot find value `z` in this scope
                 --> src/lib.rs:3:5
                  |
                error: could not compile `x` (lib) due to 1 previous error
                """);
        assertEquals("error[E0425]: cannot find value `z` in this scope --> src/lib.rs:3:5", Cargo.firstError(log, 101));
        Files.writeString(log, "killed\n");
        assertEquals("cargo exited with status 137", Cargo.firstError(log, 137));
    }
}
