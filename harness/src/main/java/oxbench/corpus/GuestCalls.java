package oxbench.corpus;

import java.util.List;
import oxbench.polyglot.Guests;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The timed loop of a guest program that fingerprints files: one call of its fingerprint function
 * per file, on node lists already in the guest's own lists of strings (made once, when opened).
 *
 * @param context   the guest's context, closed with the workload
 * @param resource  what to close after the context (e.g. a native library), or null
 * @param calculate the guest function: a node list to the fingerprint, an unsigned 64-bit number
 * @param nodeLists every file's node list, as a guest list
 */
public record GuestCalls(Context context, AutoCloseable resource, Value calculate, Value[] nodeLists) implements Workload {
    /** The Python function making a Python list of str from a host array. */
    public static final String PYTHON_LIST = "lambda items: [str(item) for item in items]";

    /** @param toList a guest function making one of its lists of strings from a host array */
    public static GuestCalls of(Context context, AutoCloseable resource, Value calculate, Value toList, NodeListInput input) {
        Value[] nodeLists = input.files().stream()
                .map(file -> toList.execute(ProxyArray.fromList(List.<Object>copyOf(file.nodes()))))
                .toArray(Value[]::new);
        return new GuestCalls(context, resource, calculate, nodeLists);
    }

    @Override
    public long[] run() {
        long[] fingerprints = new long[nodeLists.length];
        for (int i = 0; i < nodeLists.length; i++) {
            fingerprints[i] = Guests.unsigned64(calculate.execute(nodeLists[i]));
        }
        return fingerprints;
    }

    @Override
    public void close() {
        context.close();
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + resource + " failed", e);
            }
        }
    }
}
