package oxbench.rust;

import oxbench.story.Implementation;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

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

    /** wasm in GraalWasm: measured with its story's plans unless a story says otherwise. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.WASM);
    }
}
