package oxbench.stories.folder;

import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code python+rust@graalwasm}: the Python loop calls the port's wasm32 build itself, through
 * polyglot-samples/python/port_wasm.py: the Python code copies each input into the module's linear
 * memory, calls the export and reads the output back.
 */
final class PythonWithPortWasm extends InGraalPy {
    @Override
    public String id() {
        return "python+rust@graalwasm";
    }

    @Override
    public String language() {
        return "python+rust";
    }

    @Override
    public String runtime() {
        return graalPy() + " -> GraalWasm";
    }

    @Override
    String[] languages() {
        return new String[] {"python", "wasm"};
    }

    @Override
    Value function(Context context, FolderInput input, Resources resources) {
        Value exports = PortOnGraalWasm.instantiate(context, input.port());
        return Guests.loadPythonModule(context, "port_wasm").getMember("port_function").execute(exports, input.port().function());
    }
}
