package oxbench.stories.boundary;

import oxbench.rust.BufferHash;
import oxbench.polyglot.Guests;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code add-one@python-host-ffm}, {@code hash-1k@js-host-ffm} and the like: the guide's Strategy 1
 * as oxbench can build it. The guest calls a host function, which calls the native library through
 * FFM ({@link BoundaryNative}, {@link BufferHash}; the role PyO3 or N-API plays outside the JVM).
 *
 * <p>Guests have no host access, so the host cannot hand them native memory to write into: the
 * buffer lives in the guest, and the host function copies it out with {@link Value#readBuffer}, one
 * bulk copy (the cheapest path the polyglot API offers), into a Java array the native code reads in place.
 */
final class GuestToHostNative extends FromGuest {
    GuestToHostNative(BoundaryFunction function, Guest guest) {
        super(function, guest, "host-ffm", "host -> native");
    }

    @Override
    public String runtime() {
        return guest.runtime() + " -> host function -> FFM -> native" + switch (function) {
            case ADD_ONE -> ": " + guest.number + " in, a long out";
            case HASH_1K -> ": " + guest.buffer + " in, whose 1 KiB the host copies (Value.readBuffer) into a"
                    + " byte[] the native code reads in place; a long out";
        };
    }

    @Override
    public Workload open(BoundaryInput input) {
        Context context = Guests.shared().newContext(guest.language);
        try {
            Value module = guest.module(context);
            Value run = switch (function) {
                case ADD_ONE -> guest.function(module, "addOneChain")
                        .execute((ProxyExecutable) arguments -> BoundaryNative.addOne(arguments[0].asLong()));
                case HASH_1K -> {
                    byte[] scratch = new byte[input.bufferBytes()];
                    ProxyExecutable hashBuffer = arguments -> BufferHash.hashBuffer(read(arguments[0], scratch));
                    yield guest.function(module, "hostHashChain").execute(hashBuffer, Guest.bytes(input.buffer()));
                }
            };
            return new Guest.Chain(function, input, context, run);
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }

    /** The guest buffer's bytes, in {@code scratch} when it is as long (the buffer of every call). */
    private static byte[] read(Value buffer, byte[] scratch) {
        int length = Math.toIntExact(buffer.getBufferSize());
        byte[] bytes = length == scratch.length ? scratch : new byte[length];
        buffer.readBuffer(0, bytes, 0, length);
        return bytes;
    }
}
