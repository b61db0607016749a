package oxbench.env;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The oxbench checkout that built this harness: where the Rust artifacts and {@code results/} are.
 * The launcher passes it as {@code -Doxbench.home}.
 */
public final class Home {
    private Home() {}

    public static Path dir() {
        String home = System.getProperty("oxbench.home");
        if (home == null) {
            throw new IllegalStateException("oxbench.home is not set: start oxbench with ./bench");
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    public static Path nativeLibrary() {
        return artifact("rust-core/target/release/librust_core.so");
    }

    /** rust-core's HTTP service ({@code src/bin/oxbench-serve.rs}), for the microservice strategy. */
    public static Path serviceBinary() {
        return artifact("rust-core/target/release/oxbench-serve");
    }

    public static Path wasmModule() {
        return artifact("rust-core/target/wasm32-unknown-unknown/release/rust_core.wasm");
    }

    public static Path results() {
        return dir().resolve("results");
    }

    private static Path artifact(String relative) {
        Path path = dir().resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: build it with ./bench setup");
        }
        return path;
    }
}
