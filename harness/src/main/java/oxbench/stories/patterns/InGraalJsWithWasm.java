package oxbench.stories.patterns;

import java.io.IOException;
import java.nio.file.Files;
import oxbench.Home;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The JavaScript program with its matcher swapped for rust-core's, which the JavaScript code
 * instantiates itself through the standard {@code WebAssembly} API from the module's bytes
 * (polyglot-samples/javascript/patterns_rust.js).
 */
public abstract class InGraalJsWithWasm extends InGraalJs {
    @Override
    public String language() {
        return "js+rust";
    }

    @Override
    String[] languages() {
        return new String[] {"js", "wasm"};
    }

    /**
     * The exports of rust_core.wasm, instantiated by JavaScript's {@code new WebAssembly.Instance}:
     * {@code api.instantiate(bytes)} of a sample (also used by the pitfall-json story).
     */
    public static Value instantiate(Context context, Value api) throws IOException {
        byte[] bytes = Files.readAllBytes(Home.wasmModule());
        Object[] elements = new Object[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            elements[i] = bytes[i];
        }
        // The host hands over the file's bytes (no file access for guests); JavaScript makes the module.
        Value toBytes = context.eval("js", "(array) => Uint8Array.from(array, (b) => b & 0xff)");
        return api.getMember("instantiate").execute(toBytes.execute(ProxyArray.fromArray(elements)));
    }
}
