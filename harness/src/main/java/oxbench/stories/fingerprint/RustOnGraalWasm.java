package oxbench.stories.fingerprint;

import oxbench.corpus.NodeListInput;
import oxbench.rust.NodeLists;
import oxbench.env.BuildInfo;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.rust.JavaCallsWasm;
import oxbench.rust.WasmRust;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;

/**
 * {@code rust@graalwasm}: Java calls the Rust wasm module in GraalWasm. The node lists are copied
 * into linear memory once, before timing, so the time is the wasm code and its call.
 */
final class RustOnGraalWasm extends JavaCallsWasm<NodeListInput> {
    @Override
    public Workload open(NodeListInput input) {
        Context context = Guests.shared().newContext("wasm");
        WasmRust wasm = new WasmRust(context, Home.wasmModule());
        WasmRust.BytesToLong fingerprint = wasm.bytesToLong("oxb_fingerprint");
        int files = input.files().size();
        int[] pointers = new int[files];
        int[] lengths = new int[files];
        for (int i = 0; i < files; i++) {
            byte[] buffer = NodeLists.encode(input.files().get(i).nodes());
            pointers[i] = wasm.copyIn(buffer);
            lengths[i] = buffer.length;
        }
        return new Workload() {
            @Override
            public long[] run() {
                long[] fingerprints = new long[files];
                for (int i = 0; i < files; i++) {
                    fingerprints[i] = fingerprint.apply(pointers[i], lengths[i]);
                }
                return fingerprints;
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }
}
