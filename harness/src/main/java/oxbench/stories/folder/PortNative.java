package oxbench.stories.folder;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A port's native library called through Java's FFM API ({@code rust@ffm}, and the host function
 * of {@code python+rust@ffm}): {@code oxbench_port_call_<function>} of the port ABI (docs/port-abi.md).
 *
 * <p>Unlike rust-core's own functions, a port may run for long, so its call is an ordinary
 * (not critical) downcall: a critical one would hold off the JVM's safepoints for the whole call,
 * which the FFM API forbids for anything but very short functions. The input is therefore copied
 * into native memory (a buffer this instance keeps and grows), and the output copied out of the
 * port's buffer, which is then freed. An instance is not thread-safe.
 */
public final class PortNative implements AutoCloseable {
    static final int ABI_VERSION = 1;
    static final int STATUS_OK = 0;
    static final int STATUS_PANIC = 1;
    static final int STATUS_BAD_ARGUMENTS = 2;
    private static final Linker LINKER = Linker.nativeLinker();

    private final String function;
    private final Arena library = Arena.ofShared();
    private final MethodHandle call;
    private final MethodHandle free;
    /** Where the port writes its output's address and length (two usizes). */
    private final MemorySegment outputSlots;
    private MemorySegment input;

    /**
     * Loads {@code library} and binds {@code oxbench_port_call_<function>}.
     *
     * @throws IllegalArgumentException the library does not export that symbol, or speaks another ABI version
     */
    public PortNative(Path library, String function) {
        this.function = function;
        SymbolLookup symbols = SymbolLookup.libraryLookup(library, this.library);
        try {
            String problem = problem(symbols, function, library.toString());
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            call = LINKER.downcallHandle(symbols.findOrThrow(callSymbol(function)), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            free = LINKER.downcallHandle(symbols.findOrThrow("oxbench_port_free"),
                    FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), Linker.Option.critical(false));
        } catch (RuntimeException e) {
            this.library.close();
            throw e;
        }
        outputSlots = this.library.allocate(ValueLayout.JAVA_LONG, 2);
        input = this.library.allocate(256);
    }

    static String callSymbol(String function) {
        return "oxbench_port_call_" + function;
    }

    /** The one-line reason {@code symbols} cannot be called as {@code function} of ABI version 1, or null; {@code origin} names them. */
    static String problem(SymbolLookup symbols, String function, String origin) {
        for (String symbol : new String[] {"oxbench_port_abi_version", "oxbench_port_free", callSymbol(function)}) {
            if (symbols.find(symbol).isEmpty()) {
                return origin + " exports no " + symbol + " (add oxbench_port::export!(" + function + "); to its lib.rs)";
            }
        }
        int version;
        try {
            version = (int) LINKER.downcallHandle(symbols.findOrThrow("oxbench_port_abi_version"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT)).invokeExact();
        } catch (Throwable e) {
            return origin + ": oxbench_port_abi_version could not be called: " + e;
        }
        return versionProblem(version, origin);
    }

    static String versionProblem(int version, String origin) {
        if (version == ABI_VERSION) {
            return null;
        }
        return origin + " exports port ABI version " + Integer.toUnsignedString(version) + ", but oxbench calls version "
                + ABI_VERSION + " (build it with the oxbench-port crate of this oxbench, or see docs/port-abi.md)";
    }

    /**
     * The port's output for {@code bytes}.
     *
     * @throws PortPanic the port panicked (its message is the panic's)
     */
    public byte[] call(byte[] bytes) {
        if (input.byteSize() < bytes.length) {
            input = library.allocate(Math.max(bytes.length, input.byteSize() * 2));
        }
        MemorySegment.copy(bytes, 0, input, ValueLayout.JAVA_BYTE, 0, bytes.length);
        int status;
        try {
            status = (int) call.invokeExact(input, (long) bytes.length, outputSlots, outputSlots.asSlice(Long.BYTES));
        } catch (Throwable e) {
            throw new IllegalStateException(callSymbol(function) + " could not be called: " + e, e);
        }
        if (status != STATUS_OK && status != STATUS_PANIC) {
            throw new IllegalStateException(callSymbol(function) + " returned status " + status
                    + (status == STATUS_BAD_ARGUMENTS ? " (a null pointer argument)" : ""));
        }
        MemorySegment output = MemorySegment.ofAddress(outputSlots.get(ValueLayout.JAVA_LONG, 0))
                .reinterpret(outputSlots.get(ValueLayout.JAVA_LONG, Long.BYTES));
        byte[] copy = output.toArray(ValueLayout.JAVA_BYTE);
        try {
            free.invokeExact(output, output.byteSize());
        } catch (Throwable e) {
            throw new IllegalStateException("oxbench_port_free could not be called: " + e, e);
        }
        if (status == STATUS_PANIC) {
            throw new PortPanic(function, "", new String(copy, StandardCharsets.UTF_8));
        }
        return copy;
    }

    /** Unloads the library (no call may be running). */
    @Override
    public void close() {
        library.close();
    }
}
