package oxbench.stories.folder;

import oxbench.story.Warnings;

/**
 * Builds every form of a folder story's Rust port its rows need, before anything runs: the native
 * library and the wasm32 module ({@link PortBuild}). A native build that fails stops the run (one line,
 * exit 2: no Rust row could run); a wasm32 build that fails is kept as the wasm rows' failure.
 */
final class PortBuilds {
    private PortBuilds() {}

    static FolderInput.Port build(Manifest manifest, Warnings warnings) {
        String function = manifest.rust().function();
        BuiltPort built = PortBuild.build(manifest.crateDir(), function, warnings::progress);
        String notGenerated = "oxbench does not generate this wrapper yet";
        return new FolderInput.Port(function, built.sourceDigest(), built.nativeLibrary().toString(), null,
                built.wasmModule() == null ? null : built.wasmModule().toString(), built.wasmProblem(),
                null, notGenerated, null, notGenerated);
    }
}
