package oxbench.fingerprint;

import java.util.List;
import oxbench.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The Python prototype running in GraalPy, called the way a Python program calls it: once per
 * file, with that file's list of node strings. Subclasses swap its hot path for Rust.
 */
abstract class InGraalPy implements Implementation<FingerprintInput> {

    /** Languages the context needs besides Python. */
    String[] languages() {
        return new String[] {"python"};
    }

    /**
     * Replaces {@code fingerprint.calculate_fingerprint} with Rust, or leaves the prototype as is.
     *
     * @return what to close with the context (e.g. a native library), or null
     */
    abstract AutoCloseable migrate(Context context) throws Exception;

    @Override
    public Workload open(FingerprintInput input) throws Exception {
        Context context = Guests.shared().newContext(languages());
        try {
            Value module = Guests.loadPythonModule(context, "fingerprint");
            AutoCloseable rust = migrate(context);
            Value calculate = module.getMember("calculate_fingerprint");
            Value toPythonList = context.eval("python", "lambda items: [str(item) for item in items]");
            List<Value> nodeLists = input.files().stream()
                    .map(file -> toPythonList.execute(ProxyArray.fromList(List.copyOf(file.nodes()))))
                    .toList();
            return new Calls(context, rust, calculate, nodeLists.toArray(Value[]::new));
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    static String graalPy() {
        return "GraalPy " + BuildInfo.graalvm();
    }

    /** The timed loop: one Python call per file. */
    private record Calls(Context context, AutoCloseable rust, Value calculate, Value[] nodeLists) implements Workload {
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
            if (rust != null) {
                try {
                    rust.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing " + rust + " failed", e);
                }
            }
        }
    }
}
