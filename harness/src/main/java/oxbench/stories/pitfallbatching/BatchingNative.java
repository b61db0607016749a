package oxbench.stories.pitfallbatching;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import oxbench.rust.NativeFunctions;
import oxbench.rust.NativeRust;
import oxbench.rust.RustStatus;

/** rust-core's batched hash through FFM: {@code oxb_hash_items} (one item at a time is {@code BufferHash}). */
final class BatchingNative extends NativeFunctions {
    private final MethodHandle hashItems;

    BatchingNative(Path file) {
        super(file);
        hashItems = library.critical("oxb_hash_items", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    }

    /** {@code oxb_hash_items}: the FNV-1a of every {@code itemLength}-byte item of {@code bytes}, into {@code out}. */
    void hashItems(byte[] bytes, int itemLength, long[] out) {
        if (itemLength <= 0 || bytes.length % itemLength != 0 || out.length != bytes.length / itemLength) {
            throw new IllegalArgumentException("need whole items and room for one hash per item");
        }
        int status;
        try {
            status = (int) hashItems.invokeExact(MemorySegment.ofArray(bytes), (long) bytes.length, (long) itemLength,
                    MemorySegment.ofArray(out));
        } catch (Throwable e) {
            throw NativeRust.notCalled("oxb_hash_items", e);
        }
        RustStatus.check(status, "oxb_hash_items");
    }
}
