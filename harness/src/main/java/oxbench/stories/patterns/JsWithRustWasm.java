package oxbench.stories.patterns;

import oxbench.env.Home;
import oxbench.rust.WasmRust;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code js+rust@graalwasm}: the Rust matcher through GraalJS's WebAssembly API with typed buffers:
 * the pattern library is copied into linear memory once, each call writes the query's hashes and
 * reads the matches back from typed arrays.
 */
final class JsWithRustWasm extends InGraalJsWithWasm {
    @Override
    public String id() {
        return "js+rust@graalwasm";
    }

    @Override
    public String runtime() {
        return graalJs() + " -> WebAssembly API -> GraalWasm (typed buffers)";
    }

    @Override
    Value matcher(Context context, Value patterns) throws Exception {
        Value api = script(context, "patterns_rust.js");
        Value typed = api.getMember("typedMatcher").execute(WasmRust.instantiatedByJavaScript(context, api, Home.wasmModule()));
        Value library = typed.getMember("loadPatterns").execute(patterns);
        return context.eval("js", "(typed, library) => (fingerprint) => typed.matchPatterns(library, fingerprint)")
                .execute(typed, library);
    }
}
