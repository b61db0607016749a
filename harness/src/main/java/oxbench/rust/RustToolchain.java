package oxbench.rust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import oxbench.env.BuildInfo;
import oxbench.env.Home;

/** The compiler that built rust-core, as recorded by rust-core/build.sh. */
public final class RustToolchain {
    private RustToolchain() {}

    /** E.g. {@code 1.96.0}; "unknown" when the build left no record. */
    public static String version() {
        Path record = Home.dir().resolve("rust-core/target/rustc-version.txt");
        try {
            String line = Files.readString(record).trim(); // "rustc 1.96.0 (ac68faa20 2026-05-25) ..."
            String[] words = line.split("\\s+");
            return words.length > 1 ? words[1] : line;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The runtime label of Java callers of the native library. */
    public static String nativeRuntime() {
        return "native (rustc " + version() + ") via FFM";
    }

    /** The runtime label of callers of the wasm32 module. */
    public static String wasmRuntime() {
        return "GraalWasm " + BuildInfo.graalvm() + " (wasm32, rustc " + version() + ")";
    }
}
