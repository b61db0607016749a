package oxbench.stories.folder;

import oxbench.story.Unavailable;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code python+rust@ffm}: the Python loop calls the port through a host function, the way it would
 * call a PyO3 extension: the function takes the Python {@code bytes}, the host copies them out and calls
 * the native library through FFM, and the output comes back to the loop as a Python {@code bytes}.
 * In oxbench's sandbox (no host access) the bytes cross as a string of one character per byte, which the
 * guest encodes: two copies each way that a PyO3 wrapper would not make, counted in this row's time.
 */
final class PythonWithPortFfm extends InGraalPy {
    /** The Python side of the wrapper: the host's string of one character per byte becomes {@code bytes}. */
    private static final String WRAPPER = "lambda port: lambda data: port(data).encode('latin-1')";

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
    Value function(Context context, FolderInput input, Resources resources) throws Unavailable {
        PortNative port = resources.add(PortOnFfm.open(input.port()));
        ProxyExecutable call = arguments -> GuestBytes.latin1(port.call(GuestBytes.of(arguments[0])));
        return context.eval("python", WRAPPER).execute(call);
    }
}
