package oxbench.stories.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import oxbench.env.Home;
import oxbench.external.Drivers;
import oxbench.external.ExternalImplementation;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * The pattern matcher under Node, in a separate process ({@code polyglot-samples/javascript/driver.js}):
 * the setting the guide's "JavaScript, 500ms for 1000 patterns" comes from. {@code js@node} is the
 * prototype file {@code js@graaljs} runs; {@code js+rust@node-wasm} is the JavaScript and the
 * {@code rust_core.wasm} of {@code js+rust@graalwasm}, in V8's WebAssembly instead of GraalWasm's;
 * {@code js+rust@napi} calls the same Rust matcher built as a Node-API addon ({@code rust-core/napi}).
 */
final class OnNode extends ExternalImplementation<PatternInput> {
    /** Where rust-core/build.sh puts the wasm module and the Node-API addon (checked when a driver runs). */
    private static final String WASM = "rust-core/target/wasm32-unknown-unknown/release/rust_core.wasm";
    private static final String ADDON = "rust-core/target/release/rust_core.node";

    private OnNode(String id, String language, String function, String bridge) {
        super(id, language, bridge, Drivers.node("patterns", function, "--wasm", Home.dir().resolve(WASM).toString(),
                "--addon", Home.dir().resolve(ADDON).toString()));
    }

    static OnNode prototype() {
        return new OnNode("js@node", "js", "matchPatterns", "");
    }

    static OnNode rustWasm() {
        return new OnNode("js+rust@node-wasm", "js+rust", "typedMatcher",
                " -> WebAssembly API -> V8 (wasm32, rustc; typed buffers)");
    }

    /** The same JavaScript boundary, typed arrays instead of linear memory, into rust-core built as a Node-API addon. */
    static OnNode rustNapi() {
        return new OnNode("js+rust@napi", "js+rust", "napiMatcher", " -> Node-API -> native (rustc)");
    }

    /** The driver's {@code [{pattern, similarity}]}, as indices into the call's patterns (in their order). */
    @Override
    protected Object output(JsonNode output, PatternInput input) {
        List<Integer> indices = new ArrayList<>();
        double[] similarities = new double[output.size()];
        int next = 0;
        for (int i = 0; i < output.size(); i++) {
            String id = output.get(i).path("pattern").asText();
            while (next < input.patterns().size() && !input.patterns().get(next).id().equals(id)) {
                next++;
            }
            if (next == input.patterns().size()) {
                throw new IllegalStateException("match " + output.get(i) + " names no pattern of the input, in order");
            }
            indices.add(next++);
            similarities[i] = output.get(i).path("similarity").asDouble(Double.NaN);
        }
        return new Matches(indices.stream().mapToInt(Integer::intValue).toArray(), similarities);
    }

    /** The Node rows, run outside the JVM. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.EXTERNAL);
    }
}
