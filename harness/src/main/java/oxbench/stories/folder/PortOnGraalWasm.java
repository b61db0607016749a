package oxbench.stories.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import oxbench.rust.JavaCallsWasm;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code rust@graalwasm}: Java calls the port's wasm32 build in GraalWasm once per input, so the time
 * is the wasm code, its call and the copies in and out of linear memory.
 */
final class PortOnGraalWasm extends JavaCallsWasm<FolderInput> {
    /**
     * The wasm module's path; when the crate did not build for wasm32, {@link IllegalStateException}
     * with the build's one line (the wasm rows then fail with it, the others go on).
     */
    static Path module(FolderInput.Port port) {
        if (port.wasmModule() == null) {
            throw new IllegalStateException(port.wasmProblem());
        }
        return Path.of(port.wasmModule());
    }

    /** The module's bytes, for a guest that instantiates it itself (JavaScript's WebAssembly API). */
    static byte[] moduleBytes(FolderInput.Port port) {
        Path module = module(port);
        try {
            return Files.readAllBytes(module);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wasm module " + module + ": " + e.getMessage(), e);
        }
    }

    /** The port instantiated in {@code context} (which has wasm), its exports for guest glue. */
    static Value instantiate(Context context, FolderInput.Port port) {
        return new PortWasm(context, module(port), port.function()).exports();
    }

    @Override
    public Workload open(FolderInput input) {
        PortWasm port = new PortWasm(module(input.port()), input.port().function());
        return EachInput.ofBytes(port::call, input, port);
    }
}
