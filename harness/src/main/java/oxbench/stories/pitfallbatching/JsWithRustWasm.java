package oxbench.stories.pitfallbatching;

import java.nio.file.Files;
import oxbench.env.BuildInfo;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * {@code per-item@js-wasm} and {@code batched@js-wasm}: JavaScript in GraalJS holds the items in a
 * {@code Uint8Array} and calls rust_core.wasm, which it instantiates itself through the standard
 * {@code WebAssembly} API, once per item or once for all ({@code polyglot-samples/javascript/batching.js}).
 */
final class JsWithRustWasm extends CrossingImplementation {
    JsWithRustWasm(boolean batched) {
        super("js-wasm", batched);
    }

    @Override
    public String language() {
        return "js+rust";
    }

    @Override
    public String runtime() {
        return "GraalJS " + BuildInfo.graalvm() + " -> WebAssembly API -> GraalWasm";
    }

    /** A JavaScript loop on GraalJS calling wasm: the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(BatchingInput input) throws Exception {
        Context context = Guests.shared().newContext("js", "wasm");
        try {
            Value api = context.eval(Source.newBuilder("js", Guests.sample("javascript/batching.js"), "batching.js").buildLiteral());
            // The typed array's own constructor copies the host's bytes in (no guest loop to compile).
            Value toBytes = context.eval("js", "(array) => new Uint8Array(array)");
            Value module = toBytes.execute(new HostBytes(Files.readAllBytes(Home.wasmModule())));
            Value rust = api.getMember("instantiate").execute(module);
            Value items = toBytes.execute(new HostBytes(input.items()));
            Value hash = api.getMember(batched ? "hashBatch" : "hashEach");
            int itemLength = input.itemLength();
            return new Workload() {
                @Override
                public Value run() {
                    return hash.execute(rust, items, itemLength);
                }

                @Override
                public void close() {
                    context.close();
                }
            };
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }
}
