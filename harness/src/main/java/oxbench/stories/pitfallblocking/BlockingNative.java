package oxbench.stories.pitfallblocking;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import oxbench.rust.NativeFunctions;
import oxbench.rust.NativeRust;

/** rust-core's long call through FFM: {@code oxb_spin}. */
final class BlockingNative extends NativeFunctions {
    private final MethodHandle spin;

    BlockingNative(Path file) {
        super(file);
        // Not critical: a long call must not hold off the garbage collector's safepoints.
        spin = library.downcall("oxb_spin", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    }

    /** {@code oxb_spin}: {@code rounds} dependent hashing steps, a call as long as asked. */
    long spin(long rounds) {
        try {
            return (long) spin.invokeExact(rounds);
        } catch (Throwable e) {
            throw NativeRust.notCalled("oxb_spin", e);
        }
    }
}
