package oxbench.rust;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * rust-core's native library, called through Java's FFM API.
 *
 * <p>The downcalls are {@linkplain Linker.Option#critical(boolean) critical}: the Rust functions
 * are short, never call back into Java, and may read Java heap arrays in place, so a caller's
 * {@code byte[]} crosses the boundary without a copy. An instance is not thread-safe.
 */
public final class NativeRust implements AutoCloseable {
    private final Arena arena = Arena.ofShared();
    private final MethodHandle fingerprint;
    private final long[] out = new long[1];

    public NativeRust(Path library) {
        Linker linker = Linker.nativeLinker();
        SymbolLookup symbols = SymbolLookup.libraryLookup(library, arena);
        Linker.Option heapAccess = Linker.Option.critical(true);
        fingerprint = linker.downcallHandle(
                symbols.findOrThrow("oxb_fingerprint"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                heapAccess);
    }

    /** {@code oxb_fingerprint}: the fingerprint of one file's node list (wire format of {@code NodeLists}). */
    public long fingerprint(byte[] nodeList) {
        int status;
        try {
            status = (int) fingerprint.invokeExact(
                    MemorySegment.ofArray(nodeList), (long) nodeList.length, MemorySegment.ofArray(out));
        } catch (Throwable e) {
            throw new IllegalStateException("oxb_fingerprint could not be called: " + e, e);
        }
        RustStatus.check(status, "oxb_fingerprint");
        return out[0];
    }

    @Override
    public void close() {
        arena.close();
    }
}
