package oxbench.stories.folder;

import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * {@code js+rust@graalwasm}: the port's wasm32 build called from JavaScript through GraalJS's standard
 * {@code WebAssembly} API, by polyglot-samples/javascript/port_wasm.js (the same file Node runs for
 * {@code js+rust@node-wasm}). The host hands JavaScript the module's bytes; JavaScript instantiates it.
 */
final class JsWithPortWasm extends InGraalJs {
    static final String GLUE = "port_wasm.js";

    @Override
    public String id() {
        return "js+rust@graalwasm";
    }

    @Override
    public String language() {
        return "js+rust";
    }

    @Override
    public String runtime() {
        return graalJs() + " -> WebAssembly API -> GraalWasm";
    }

    @Override
    String[] languages() {
        return new String[] {"js", "wasm"};
    }

    @Override
    Value function(Context context, FolderInput input) {
        byte[] module = PortOnGraalWasm.moduleBytes(input.port());
        Value api = context.eval(Source.newBuilder("js", Guests.sample("javascript/" + GLUE), GLUE).buildLiteral());
        return api.getMember("portFunction").execute(GuestBytes.uint8Array(context, module), input.port().function());
    }
}
