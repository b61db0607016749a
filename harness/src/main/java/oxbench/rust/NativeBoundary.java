package oxbench.rust;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import oxbench.Home;

/**
 * {@code oxb_add_one} and {@code oxb_hash_buffer} through FFM with {@code static final} downcall
 * handles, as FFM is meant to be used on a hot path: only a constant handle lets the JIT inline the
 * downcall stub into the caller. Measured here (2 cores, JDK 25, a loop of chained calls): a trivial
 * call through a handle held in an instance field, as {@code NativeRust} holds them, cost 22-32 ns;
 * through a constant handle, 3-3.6 ns with {@link Linker.Option#critical(boolean) critical(false)}
 * and 9-10 ns without it (the thread-state transition a non-critical call makes).
 *
 * <p>The library is loaded on first use (in the JMH fork that calls it) and stays loaded for the JVM's life.
 */
public final class NativeBoundary {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBRARY = SymbolLookup.libraryLookup(Home.nativeLibrary(), Arena.global());
    /** Trivial and never calls back into Java, so critical; it takes no heap memory. */
    private static final MethodHandle ADD_ONE = LINKER.downcallHandle(LIBRARY.findOrThrow("oxb_add_one"),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG), Linker.Option.critical(false));
    /** About a microsecond over 1 KiB, reading a Java array in place: critical with heap access. */
    private static final MethodHandle HASH_BUFFER = LINKER.downcallHandle(LIBRARY.findOrThrow("oxb_hash_buffer"),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
            Linker.Option.critical(true));

    private NativeBoundary() {}

    public static long addOne(long x) {
        try {
            return (long) ADD_ONE.invokeExact(x);
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_add_one could not be called: " + e, e);
        }
    }

    /** FNV-1a of {@code bytes}, read in place from the Java heap. */
    public static long hashBuffer(byte[] bytes) {
        return hashBuffer(bytes, 0, bytes.length);
    }

    /** FNV-1a of {@code length} bytes of {@code bytes} from {@code offset}, read in place (one item of a batch). */
    public static long hashBuffer(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        try {
            return (long) HASH_BUFFER.invokeExact(MemorySegment.ofArray(bytes).asSlice(offset, length), (long) length);
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_hash_buffer could not be called: " + e, e);
        }
    }
}
