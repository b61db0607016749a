package oxbench.stories.boundary;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import oxbench.rust.BufferHash;
import oxbench.rust.NativeRust;

/**
 * {@code oxb_add_one} through FFM with a {@code static final} downcall handle ({@link NativeRust#constant}),
 * as FFM is meant to be used on a hot path ({@code oxb_hash_buffer} is bound the same way, in
 * {@link BufferHash}): only a constant handle lets the JIT inline the downcall stub into the
 * caller. Measured here (2 cores, JDK 25, a loop of chained calls): a trivial call through a handle
 * held in an instance field cost 22-32 ns; through a constant handle, 3-3.6 ns with
 * {@link Linker.Option#critical(boolean) critical(false)} and 9-10 ns without it (the thread-state
 * transition a non-critical call makes).
 *
 * <p>The library is loaded on first use (in the JMH fork that calls it) and stays loaded for the JVM's life.
 */
final class BoundaryNative {
    /** Trivial and never calls back into Java, so critical; it takes no heap memory. */
    private static final MethodHandle ADD_ONE = NativeRust.constant("oxb_add_one",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), Linker.Option.critical(false));

    private BoundaryNative() {}

    static long addOne(long x) {
        try {
            return (long) ADD_ONE.invokeExact(x);
        } catch (Throwable e) {
            throw NativeRust.notCalled("oxb_add_one", e);
        }
    }
}
