package oxbench.stories.folder;

import java.nio.file.Path;

/**
 * A port built by {@link PortBuild}.
 *
 * @param nativeLibrary the native library (absolute), which exports the function
 * @param wasmModule    the wasm32 module (absolute), or null if it did not build or lacks the export
 * @param wasmProblem   why there is no wasm module (one line, naming the compiler's log), or null
 * @param rebuilt       whether cargo ran (false: the sources matched the last build's stamp)
 * @param sourceDigest  sha256 (hex) of the crate's Cargo.toml, Cargo.lock, build.rs and src/, for the run's records
 */
public record BuiltPort(Path nativeLibrary, Path wasmModule, String wasmProblem, boolean rebuilt, String sourceDigest) {}
