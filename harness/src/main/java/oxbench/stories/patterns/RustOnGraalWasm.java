package oxbench.stories.patterns;

import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.rust.JavaCallsWasm;
import oxbench.rust.RustStatus;
import oxbench.rust.WasmRust;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code rust@graalwasm}: Java calls the Rust matcher compiled to wasm32 through GraalWasm. The
 * patterns and the query are copied into linear memory before timing (as {@code rust@ffm}'s are in
 * Java arrays); the time is the Rust code, its call, and reading the matches out of linear memory.
 */
final class RustOnGraalWasm extends JavaCallsWasm<PatternInput> {
    @Override
    public Workload open(PatternInput input) {
        Context context = Guests.shared().newContext("wasm");
        try {
            WasmRust wasm = new WasmRust(context, Home.wasmModule());
            TypedPatterns typed = TypedPatterns.of(input.patterns());
            long[] query = input.query().values();
            int count = typed.count();
            Buffers buffers = new Buffers(wasm.copyIn(typed.hashes()), typed.hashes().length, wasm.copyIn(typed.offsets()),
                    count, wasm.copyIn(query), query.length, wasm.allocate(count * Integer.BYTES),
                    wasm.allocate(count * Double.BYTES));
            return new Calls(context, wasm, wasm.export("oxb_match_patterns"), buffers);
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }

    /** Addresses and lengths in linear memory. */
    private record Buffers(int hashes, int hashCount, int offsets, int patternCount, int query, int queryLength,
            int indices, int similarities) {}

    /** @param matchPatterns {@code oxb_match_patterns}, called on the buffers already in linear memory (layout as {@link PatternsNative}'s) */
    private record Calls(Context context, WasmRust wasm, Value matchPatterns, Buffers at) implements Workload {
        @Override
        public Matches run() {
            int found = matchPatterns.execute(at.hashes(), at.hashCount(), at.offsets(), at.patternCount(), at.query(),
                    at.queryLength(), at.indices(), at.similarities()).asInt();
            RustStatus.check(Math.min(found, 0), "oxb_match_patterns (wasm)");
            int[] indices = new int[found];
            double[] similarities = new double[found];
            for (int i = 0; i < found; i++) {
                indices[i] = wasm.readInt(at.indices() + (long) i * Integer.BYTES);
                similarities[i] = wasm.readDouble(at.similarities() + (long) i * Double.BYTES);
            }
            return new Matches(indices, similarities);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
