package oxbench.stories.folder;

import oxbench.story.Warnings;

/**
 * Builds every form of a folder story's Rust port its rows need, before anything runs: the native
 * library and the wasm32 module ({@link PortBuild}), and the CPython or Node wrapper around the native one
 * ({@link PortWrappers}). A native build that fails stops the run (one line, exit 2: no Rust row could run);
 * a wasm32 build that fails is kept as the wasm rows' failure, a wrapper that cannot be built as its row's
 * reason for being unavailable.
 */
final class PortBuilds {
    private PortBuilds() {}

    static FolderInput.Port build(Manifest manifest, Warnings warnings) {
        String function = manifest.rust().function();
        BuiltPort built;
        try {
            built = PortBuild.build(manifest.crateDir(), function, warnings::progress);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // The toolchain or the cache, not the port: still one line, and exit 2 (nothing could run it).
            throw new IllegalArgumentException("the Rust port in " + manifest.crateDir() + " cannot be built: " + e.getMessage(), e);
        }
        PortWrappers.Wrappers wrappers = PortWrappers.build(manifest.crateDir(), function, built, manifest.prototype().language(),
                warnings::progress);
        return new FolderInput.Port(function, built.sourceDigest(), built.nativeLibrary().toString(), null,
                path(built.wasmModule()), built.wasmProblem(),
                path(wrappers.pyo3Module()), wrappers.pyo3Problem(), path(wrappers.napiAddon()), wrappers.napiProblem());
    }

    private static String path(java.nio.file.Path file) {
        return file == null ? null : file.toString();
    }
}
