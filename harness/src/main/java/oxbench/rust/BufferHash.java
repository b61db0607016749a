package oxbench.rust;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@code oxb_hash_buffer}, FNV-1a of a byte buffer, through a {@code static final} downcall handle
 * ({@link NativeRust#constant}): the call that stories cross the boundary with once per item, so it
 * is bound the way FFM is meant to be used on a hot path. About a microsecond over 1 KiB, reading a
 * Java array in place: critical with heap access.
 *
 * <p>The library is loaded on first use (in the JMH fork that calls it) and stays loaded for the JVM's life.
 */
public final class BufferHash {
    private static final MethodHandle HASH_BUFFER = NativeRust.constant("oxb_hash_buffer",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
            Linker.Option.critical(true));

    private BufferHash() {}

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
            throw NativeRust.notCalled("oxb_hash_buffer", e);
        }
    }
}
