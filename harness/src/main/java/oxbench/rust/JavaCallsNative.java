package oxbench.rust;

import oxbench.story.Implementation;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * {@code rust@ffm} of any story: Java calls rust-core's native library through FFM, on input already
 * in the Rust function's layout, so the time is the Rust code and its call.
 *
 * @param <I> the story's input
 */
public abstract class JavaCallsNative<I> implements Implementation<I> {
    @Override
    public final String id() {
        return "rust@ffm";
    }

    @Override
    public final String language() {
        return "rust";
    }

    @Override
    public final String runtime() {
        return RustToolchain.nativeRuntime();
    }

    /** Java and native code: C2 compiles the call; measured with its story's plans unless a story says otherwise. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.HOST);
    }
}
