package oxbench.stories.fingerprint;

import oxbench.rust.NodeLists;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.rust.NativeRust;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code python+rust@ffm}: the guide's Strategy 1 with the native library. Python calls a host
 * function, which converts the Python list of strings (as PyO3 would) and calls Rust through FFM.
 */
final class PythonWithRustFfm extends InGraalPy {
    @Override
    public String id() {
        return "python+rust@ffm";
    }

    @Override
    public String language() {
        return "python+rust";
    }

    @Override
    public String runtime() {
        return graalPy() + " -> host function -> FFM -> native";
    }

    @Override
    AutoCloseable migrate(Context context) {
        NativeRust rust = new NativeRust(Home.nativeLibrary());
        NativeRust.BytesToLong fingerprint = rust.bytesToLong("oxb_fingerprint");
        ProxyExecutable calculateFingerprint = arguments -> fingerprint.apply(NodeLists.encode(arguments[0]));
        Guests.loadPythonModule(context, "fingerprint_rust")
                .getMember("use_host_function")
                .execute(calculateFingerprint);
        return rust;
    }
}
