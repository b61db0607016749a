package oxbench.stories.fingerprint;

import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.rust.WasmRust;
import org.graalvm.polyglot.Context;

/**
 * {@code python+rust@graalwasm}: the guide's Strategy 1 with WebAssembly. The Python code itself
 * encodes the nodes, copies them into the module's linear memory and calls the wasm export.
 */
final class PythonWithRustWasm extends InGraalPy {
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
    AutoCloseable migrate(Context context) {
        WasmRust wasm = new WasmRust(context, Home.wasmModule());
        Guests.loadPythonModule(context, "fingerprint_rust")
                .getMember("use_wasm")
                .execute(wasm.exports());
        return null; // the module lives and dies with the context
    }
}
