package oxbench.rust;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import oxbench.env.Home;

/**
 * rust-core's native library, called through Java's FFM API: loads it and binds its functions by
 * symbol. A story binds the functions it calls (its own {@code *Native} class); the conventions of
 * rust-core's C ABI are here: status codes ({@link RustStatus}), buffers that Rust allocates and
 * {@code oxb_dealloc} frees, and the two shapes several stories share ({@link #bytesToLong},
 * {@link #bytesToBytes}).
 *
 * <p>Downcalls bound with {@link #critical} may read Java heap arrays in place, so a caller's
 * {@code byte[]} crosses the boundary without a copy: rust-core's functions are short and never
 * call back into Java. An instance is not thread-safe.
 */
public final class NativeRust implements AutoCloseable {
    private static final Linker LINKER = Linker.nativeLinker();

    private final Arena arena = Arena.ofShared();
    private final SymbolLookup symbols;
    private final MethodHandle dealloc;

    public NativeRust(Path library) {
        symbols = SymbolLookup.libraryLookup(library, arena);
        dealloc = downcall("oxb_dealloc", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
                Linker.Option.critical(false));
    }

    /** {@code symbol} as a critical downcall with heap access (see the class comment). */
    public MethodHandle critical(String symbol, FunctionDescriptor descriptor) {
        return downcall(symbol, descriptor, Linker.Option.critical(true));
    }

    /** {@code symbol} as a downcall with {@code options}; none for a call that may last long (it holds off no safepoint). */
    public MethodHandle downcall(String symbol, FunctionDescriptor descriptor, Linker.Option... options) {
        return LINKER.downcallHandle(symbols.findOrThrow(symbol), descriptor, options);
    }

    /**
     * A critical downcall to {@code symbol} in the library at {@link Home#nativeLibrary()}, loaded on
     * first use and kept for the JVM's life, for a {@code static final} handle: only a constant
     * handle lets the JIT inline the downcall stub into its caller (measured here, a trivial call
     * through an instance field's handle cost 22-32 ns, through a constant one 3-3.6 ns).
     */
    public static MethodHandle constant(String symbol, FunctionDescriptor descriptor, Linker.Option... options) {
        return LINKER.downcallHandle(Global.SYMBOLS.findOrThrow(symbol), descriptor, options);
    }

    /** The library for {@link #constant} handles, loaded when the first is made. */
    private static final class Global {
        static final SymbolLookup SYMBOLS = SymbolLookup.libraryLookup(Home.nativeLibrary(), Arena.global());
    }

    /** The error for a downcall that threw (a linkage or argument error, not a Rust status). */
    public static IllegalStateException notCalled(String symbol, Throwable e) {
        return new IllegalStateException(symbol + " could not be called: " + e, e);
    }

    /** A function {@code (const u8 *in, usize len, u64 *out) -> status}, e.g. {@code oxb_fingerprint}. */
    public BytesToLong bytesToLong(String symbol) {
        return new BytesToLong(symbol, critical(symbol, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS)));
    }

    /**
     * A function {@code (const u8 *in, usize len, u8 **out, usize *out_len) -> status} whose output
     * Rust allocates, e.g. {@code oxb_fingerprint_json}: the output is copied out and freed.
     */
    public BytesToBytes bytesToBytes(String symbol) {
        return new BytesToBytes(symbol, critical(symbol, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS)));
    }

    /** A bound {@link #bytesToLong} function. */
    public static final class BytesToLong {
        private final String symbol;
        private final MethodHandle handle;
        private final long[] out = new long[1];

        private BytesToLong(String symbol, MethodHandle handle) {
            this.symbol = symbol;
            this.handle = handle;
        }

        /** The u64 the function writes for {@code bytes}, read in place from the Java heap. */
        public long apply(byte[] bytes) {
            int status;
            try {
                status = (int) handle.invokeExact(MemorySegment.ofArray(bytes), (long) bytes.length, MemorySegment.ofArray(out));
            } catch (Throwable e) {
                throw notCalled(symbol, e);
            }
            RustStatus.check(status, symbol);
            return out[0];
        }
    }

    /** A bound {@link #bytesToBytes} function. */
    public final class BytesToBytes {
        private final String symbol;
        private final MethodHandle handle;
        /** Where the function writes its output's address and length. */
        private final long[] out = new long[2];

        private BytesToBytes(String symbol, MethodHandle handle) {
            this.symbol = symbol;
            this.handle = handle;
        }

        /** The output's bytes for {@code bytes}, copied out of Rust's buffer (which is freed). */
        public byte[] apply(byte[] bytes) {
            MemorySegment outs = MemorySegment.ofArray(out);
            int status;
            try {
                status = (int) handle.invokeExact(MemorySegment.ofArray(bytes), (long) bytes.length, outs, outs.asSlice(Long.BYTES));
            } catch (Throwable e) {
                throw notCalled(symbol, e);
            }
            RustStatus.check(status, symbol);
            MemorySegment output = MemorySegment.ofAddress(out[0]).reinterpret(out[1]);
            byte[] copy = output.toArray(ValueLayout.JAVA_BYTE);
            try {
                dealloc.invokeExact(output, output.byteSize());
            } catch (Throwable e) {
                throw notCalled("oxb_dealloc", e);
            }
            return copy;
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
