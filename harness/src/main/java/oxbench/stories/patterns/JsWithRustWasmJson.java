package oxbench.stories.patterns;

import oxbench.env.Home;
import oxbench.rust.WasmRust;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code js+rust@graalwasm-json}: the guide's own example: every call passes the patterns and the
 * fingerprint as JSON strings, and gets the matches back as a JSON string.
 */
final class JsWithRustWasmJson extends InGraalJsWithWasm {
    @Override
    public String id() {
        return "js+rust@graalwasm-json";
    }

    @Override
    public String runtime() {
        return graalJs() + " -> WebAssembly API -> GraalWasm (JSON strings)";
    }

    @Override
    Value matcher(Context context, Value patterns) throws Exception {
        Value api = script(context, "patterns_rust.js");
        Value json = api.getMember("jsonMatcher").execute(WasmRust.instantiatedByJavaScript(context, api, Home.wasmModule()));
        return context.eval("js", "(json, patterns) => (fingerprint) => json.matchPatterns(patterns, fingerprint)")
                .execute(json, patterns);
    }
}
