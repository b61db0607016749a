package oxbench.stories.pitfallbatching;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * A Java {@code byte[]} handed to guest code as a read-only array of signed bytes, which JavaScript's
 * {@code new Uint8Array(array)} copies in as 0..255 with no guest loop (the sandbox shares no host
 * objects, so a guest cannot read the array itself).
 */
record HostBytes(byte[] bytes) implements ProxyArray {
    @Override
    public Object get(long index) {
        return bytes[Math.toIntExact(index)];
    }

    @Override
    public void set(long index, Value value) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public long getSize() {
        return bytes.length;
    }
}
