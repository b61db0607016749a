package oxbench.stories.folder;

import java.nio.file.Path;
import oxbench.rust.JavaCallsNative;
import oxbench.story.Unavailable;
import oxbench.story.Workload;

/**
 * {@code rust@ffm}: Java calls the port's native library through FFM once per input, on the inputs'
 * own bytes, so the time is the Rust function and its call (the copy in and out of native memory
 * included, which any caller of the port pays).
 */
final class PortOnFfm extends JavaCallsNative<FolderInput> {
    /** The port's native library, opened; {@link Unavailable} with the build's reason if there is none. */
    static PortNative open(FolderInput.Port port) throws Unavailable {
        if (port.nativeLibrary() == null) {
            throw new Unavailable(port.nativeProblem());
        }
        return new PortNative(Path.of(port.nativeLibrary()), port.function());
    }

    @Override
    public Workload open(FolderInput input) throws Unavailable {
        PortNative port = open(input.port());
        return EachInput.ofBytes(port::call, input, port);
    }
}
