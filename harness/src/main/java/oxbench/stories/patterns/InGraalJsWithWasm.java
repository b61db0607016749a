package oxbench.stories.patterns;

import oxbench.rust.WasmRust;

/**
 * The JavaScript program with its matcher swapped for rust-core's, which the JavaScript code
 * instantiates itself through the standard {@code WebAssembly} API from the module's bytes
 * (polyglot-samples/javascript/patterns_rust.js; {@link WasmRust#instantiatedByJavaScript}).
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
}
