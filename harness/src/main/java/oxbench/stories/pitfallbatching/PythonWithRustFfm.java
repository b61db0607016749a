package oxbench.stories.pitfallbatching;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import oxbench.env.BuildInfo;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.rust.BufferHash;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code per-item@python-host-ffm} and {@code batched@python-host-ffm}: Python in GraalPy holds the
 * items in a {@code bytes} object and calls host functions that play the role of a PyO3 module
 * (they read the Python buffer and call the native library through FFM), once per item or once for
 * all ({@code polyglot-samples/python/batching.py}).
 */
final class PythonWithRustFfm extends CrossingImplementation {
    PythonWithRustFfm(boolean batched) {
        super("python-host-ffm", batched);
    }

    @Override
    public String language() {
        return "python+rust";
    }

    @Override
    public String runtime() {
        return "GraalPy " + BuildInfo.graalvm() + " -> host function -> FFM -> native";
    }

    /** A Python loop on GraalPy calling the host: the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(BatchingInput input) {
        Context context = Guests.shared().newContext("python");
        BatchingNative rust = new BatchingNative(Home.nativeLibrary());
        try {
            Value module = Guests.loadPythonModule(context, "batching");
            // Bytes reach the guest as Latin-1 text (one character a byte): the sandbox shares no host buffers.
            Value data = context.eval("python", "lambda text: text.encode('latin-1')")
                    .execute(new String(input.items(), StandardCharsets.ISO_8859_1));
            // The hashes go back in one piece, unpacked by Python's own memoryview, as PyO3 turns a Vec<u64> into
            // a list in native code: reading a host array element by element would cross again for every item.
            Value unpack = context.eval("python", "lambda text: memoryview(text.encode('latin-1')).cast('Q').tolist()");
            ProxyExecutable rustFunction = batched
                    ? arguments -> unpack.execute(hashItems(rust, arguments[0], arguments[1].asInt()))
                    : arguments -> BufferHash.hashBuffer(bytes(arguments[0]));
            Value hash = module.getMember(batched ? "hash_batch" : "hash_each");
            int itemLength = input.itemLength();
            return new Workload() {
                @Override
                public Value run() {
                    return hash.execute(rustFunction, data, itemLength);
                }

                @Override
                public void close() {
                    context.close();
                    rust.close();
                }
            };
        } catch (RuntimeException | Error e) {
            context.close();
            rust.close();
            throw e;
        }
    }

    /** The bytes of a Python bytes-like object (bytes, a memoryview slice), copied into a Java array for FFM to read in place. */
    static byte[] bytes(Value buffer) {
        if (!buffer.hasBufferElements()) {
            throw new IllegalArgumentException("expected a bytes-like object, got " + buffer);
        }
        byte[] bytes = new byte[Math.toIntExact(buffer.getBufferSize())];
        buffer.readBuffer(0, bytes, 0, bytes.length);
        return bytes;
    }

    /** Every item's hash, as Latin-1 text of their bytes (eight a hash, in the machine's order, as {@code cast('Q')} reads them). */
    private static String hashItems(BatchingNative rust, Value data, int itemLength) {
        byte[] bytes = bytes(data);
        long[] hashes = new long[bytes.length / itemLength];
        rust.hashItems(bytes, itemLength, hashes);
        ByteBuffer packed = ByteBuffer.allocate(hashes.length * Long.BYTES).order(ByteOrder.nativeOrder());
        packed.asLongBuffer().put(hashes);
        return new String(packed.array(), StandardCharsets.ISO_8859_1);
    }
}
