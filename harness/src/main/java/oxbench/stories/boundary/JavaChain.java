package oxbench.stories.boundary;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.function.LongUnaryOperator;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;

/**
 * The timed loop of a Java caller: {@code calls} calls of {@code call}, each on the last result.
 *
 * @param context the guest context to close with the workload (GraalWasm's), or null
 */
record JavaChain(BoundaryFunction function, long start, int calls, LongUnaryOperator call, Context context)
        implements Workload {
    private static final VarHandle LITTLE_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    JavaChain(BoundaryFunction function, BoundaryInput input, LongUnaryOperator call, Context context) {
        this(function, input.start(), input.calls(), call, context);
    }

    /** Writes {@code accumulator} into the first 8 bytes of {@code buffer} (little-endian), as every bridge does. */
    static byte[] withAccumulator(byte[] buffer, long accumulator) {
        LITTLE_ENDIAN_LONGS.set(buffer, 0, accumulator);
        return buffer;
    }

    @Override
    public ChainEnd run() {
        long x = start;
        for (int i = 0; i < calls; i++) {
            x = call.applyAsLong(x);
        }
        return new ChainEnd(function, x);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
