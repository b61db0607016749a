package oxbench.rust;

import java.nio.file.Path;

/**
 * A story's functions of rust-core's native library (its {@code *Native} class): bound from
 * {@link #library} when made, unloaded with it when closed.
 */
public abstract class NativeFunctions implements AutoCloseable {
    /** The library the functions are bound from. */
    protected final NativeRust library;

    /** @param file the library, {@code Home.nativeLibrary()} */
    protected NativeFunctions(Path file) {
        this.library = new NativeRust(file);
    }

    @Override
    public void close() {
        library.close();
    }
}
