package oxbench.stories.pitfalljson;

import java.util.List;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import oxbench.env.Home;
import oxbench.corpus.FileNodes;
import oxbench.corpus.NodeListInput;
import oxbench.rust.NodeLists;
import oxbench.polyglot.Guests;
import oxbench.rust.NativeRust;
import oxbench.rust.RustToolchain;
import oxbench.rust.WasmRust;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;

/**
 * A Java program calling rust-core's fingerprint once per file, from the file's {@code List<String>}
 * of nodes. Either the list crosses typed ({@link NodeLists}' wire format, into {@code
 * oxb_fingerprint}) or as JSON (Jackson, into {@code oxb_fingerprint_json}, whose JSON answer Jackson
 * reads back); the conversion is part of every timed call, as it is of a real caller's.
 */
final class JavaCaller implements Implementation<NodeListInput> {
    /** Which build of rust-core Java calls. */
    enum Bridge {
        FFM, GRAALWASM
    }

    /** rust-core's two fingerprint entry points through one bridge, and what to close after. */
    private record Rust(ToLongFunction<byte[]> fingerprint, UnaryOperator<byte[]> fingerprintJson, AutoCloseable resource) {
        static Rust open(Bridge bridge) {
            return switch (bridge) {
                case FFM -> {
                    NativeRust rust = new NativeRust(Home.nativeLibrary());
                    yield new Rust(rust.bytesToLong("oxb_fingerprint")::apply,
                            rust.bytesToBytes("oxb_fingerprint_json")::apply, rust);
                }
                case GRAALWASM -> {
                    Context context = Guests.shared().newContext("wasm");
                    try {
                        WasmRust wasm = new WasmRust(context, Home.wasmModule());
                        yield new Rust(wasm.bytesToLong("oxb_fingerprint")::apply,
                                wasm.bytesToBytes("oxb_fingerprint_json")::apply, context);
                    } catch (RuntimeException | Error e) {
                        context.close();
                        throw e;
                    }
                }
            };
        }
    }

    private final Boundary boundary;
    private final Bridge bridge;

    JavaCaller(Boundary boundary, Bridge bridge) {
        this.boundary = boundary;
        this.bridge = bridge;
    }

    @Override
    public String id() {
        return boundary.id() + "@" + bridge.name().toLowerCase();
    }

    @Override
    public String language() {
        return "java+rust";
    }

    @Override
    public String runtime() {
        String rust = bridge == Bridge.FFM ? RustToolchain.nativeRuntime() : "Java -> " + RustToolchain.wasmRuntime();
        return rust + (boundary == Boundary.TYPED ? " (typed: wire format)" : " (JSON strings, Jackson)");
    }

    /** Java calling the native library is host code; Java calling GraalWasm is wasm. */
    @Override
    public MeasurementNeeds measurement() {
        return bridge == Bridge.FFM ? MeasurementNeeds.of(CodeKind.HOST)
                : MeasurementNeeds.of(CodeKind.WASM);
    }

    @Override
    public Workload open(NodeListInput input) {
        Rust rust = Rust.open(bridge);
        List<List<String>> nodeLists = input.files().stream().map(FileNodes::nodes).toList();
        ToLongFunction<List<String>> call = switch (boundary) {
            case TYPED -> nodes -> rust.fingerprint().applyAsLong(NodeLists.encode(nodes));
            case JSON -> nodes -> JsonBoundary.fingerprint(rust.fingerprintJson().apply(JsonBoundary.request(nodes)));
        };
        return new Workload() {
            @Override
            public long[] run() {
                long[] fingerprints = new long[nodeLists.size()];
                for (int i = 0; i < fingerprints.length; i++) {
                    fingerprints[i] = call.applyAsLong(nodeLists.get(i));
                }
                return fingerprints;
            }

            @Override
            public void close() {
                try {
                    rust.resource().close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing " + rust.resource() + " failed", e);
                }
            }
        };
    }
}
