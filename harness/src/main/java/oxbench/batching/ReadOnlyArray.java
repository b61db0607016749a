package oxbench.batching;

import java.util.function.IntFunction;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * A Java array handed to guest code as a read-only guest array, element by element, without boxing
 * it up front (the sandbox shares no host objects, so a guest cannot read the array itself).
 */
final class ReadOnlyArray implements ProxyArray {
    private final int size;
    private final IntFunction<Object> element;

    private ReadOnlyArray(int size, IntFunction<Object> element) {
        this.size = size;
        this.element = element;
    }

    /** Signed Java bytes: JavaScript's {@code new Uint8Array(array)} reads them back as 0..255. */
    static ReadOnlyArray of(byte[] bytes) {
        return new ReadOnlyArray(bytes.length, i -> bytes[i]);
    }

    static ReadOnlyArray of(long[] values) {
        return new ReadOnlyArray(values.length, i -> values[i]);
    }

    @Override
    public Object get(long index) {
        return element.apply(Math.toIntExact(index));
    }

    @Override
    public void set(long index, Value value) {
        throw new UnsupportedOperationException("a read-only array");
    }

    @Override
    public long getSize() {
        return size;
    }
}
