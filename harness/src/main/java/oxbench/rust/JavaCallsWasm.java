package oxbench.rust;

import oxbench.story.Implementation;

/**
 * {@code rust@graalwasm} of any story: Java calls rust-core's wasm32 module in GraalWasm, on input
 * already copied into linear memory, so the time is the wasm code and its call.
 *
 * @param <I> the story's input
 */
public abstract class JavaCallsWasm<I> implements Implementation<I> {
    @Override
    public final String id() {
        return "rust@graalwasm";
    }

    @Override
    public final String language() {
        return "rust";
    }

    @Override
    public final String runtime() {
        return RustToolchain.wasmRuntime();
    }
}
