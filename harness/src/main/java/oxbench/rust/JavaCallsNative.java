package oxbench.rust;

import oxbench.story.Implementation;

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
}
