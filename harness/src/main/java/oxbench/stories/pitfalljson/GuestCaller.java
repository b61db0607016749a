package oxbench.stories.pitfalljson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import oxbench.env.BuildInfo;
import oxbench.env.Home;
import oxbench.corpus.NodeListInput;
import oxbench.corpus.GuestCalls;
import oxbench.rust.NodeLists;
import oxbench.polyglot.Guests;
import oxbench.rust.NativeRust;
import oxbench.rust.WasmRust;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A Python or JavaScript program calling rust-core's fingerprint once per file, with the file's
 * node list as a list of its own language's strings, made once when the program starts. Its
 * function converts the list at the boundary, typed or as JSON (polyglot-samples'
 * {@code python/fingerprint_rust.py}, {@code python/conversion.py}, {@code javascript/conversion.js}),
 * on every timed call.
 */
final class GuestCaller implements Implementation<NodeListInput> {
    /** Makes the guest's per-file function in {@code context}; keeps what must be closed after the context. */
    private interface Setup {
        Value calculator(Context context, Consumer<AutoCloseable> closeAfter) throws Exception;
    }

    /** A guest language: its polyglot id and its function making one of its lists of strings from a host array. */
    private enum Guest {
        PYTHON("python", GuestCalls.PYTHON_LIST),
        JS("js", "(items) => Array.from(items, String)");

        final String language;
        final String toList;

        Guest(String language, String toList) {
            this.language = language;
            this.toList = toList;
        }
    }

    private final String id;
    private final String language;
    private final String runtime;
    private final Guest guest;
    private final String[] languages;
    private final Setup setup;

    private GuestCaller(Boundary boundary, String bridge, String runtime, Guest guest, String[] languages, Setup setup) {
        this.id = boundary.id() + "@" + bridge;
        this.language = guest.language + "+rust";
        this.runtime = runtime;
        this.guest = guest;
        this.languages = languages;
        this.setup = setup;
    }

    /**
     * {@code *@python-host-ffm}: Python calls a host function that calls the native library through
     * FFM (the role of the guide's PyO3 module). Typed, the host converts the Python list into the
     * wire format (as PyO3 converts it to {@code Vec<String>}); JSON, Python's {@code json.dumps}
     * makes a str that the host passes on as UTF-8, and {@code json.loads} reads the answer.
     */
    static GuestCaller pythonHostFfm(Boundary boundary) {
        String runtime = graalPy() + " -> host function -> FFM -> native" + pythonBoundary(boundary);
        return new GuestCaller(boundary, "python-host-ffm", runtime, Guest.PYTHON, new String[] {"python"}, (context, closeAfter) -> {
            NativeRust rust = new NativeRust(Home.nativeLibrary());
            closeAfter.accept(rust);
            ProxyExecutable host = switch (boundary) {
                case TYPED -> {
                    NativeRust.BytesToLong fingerprint = rust.bytesToLong("oxb_fingerprint");
                    yield arguments -> fingerprint.apply(NodeLists.encode(arguments[0]));
                }
                case JSON -> {
                    NativeRust.BytesToBytes fingerprintJson = rust.bytesToBytes("oxb_fingerprint_json");
                    yield arguments -> new String(
                            fingerprintJson.apply(arguments[0].asString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                }
            };
            return swapInPython(context, boundary, "use_host_function", host);
        });
    }

    /** {@code *@python-wasm}: the Python code calls the Rust module in GraalWasm itself. */
    static GuestCaller pythonWasm(Boundary boundary) {
        String runtime = graalPy() + " -> GraalWasm" + pythonBoundary(boundary);
        return new GuestCaller(boundary, "python-wasm", runtime, Guest.PYTHON, new String[] {"python", "wasm"},
                (context, closeAfter) -> swapInPython(context, boundary, "use_wasm",
                        new WasmRust(context, Home.wasmModule()).exports()));
    }

    /** {@code *@js-wasm}: JavaScript instantiates the Rust module through its {@code WebAssembly} API. */
    static GuestCaller jsWasm(Boundary boundary) {
        String runtime = "GraalJS " + BuildInfo.graalvm() + " -> WebAssembly API -> GraalWasm"
                + (boundary == Boundary.TYPED ? " (typed: wire format)" : " (JSON.stringify / JSON.parse)");
        return new GuestCaller(boundary, "js-wasm", runtime, Guest.JS, new String[] {"js", "wasm"}, (context, closeAfter) -> {
            Value api = context.eval(Source.newBuilder("js", Guests.sample("javascript/conversion.js"), "conversion.js")
                    .buildLiteral());
            Value rust = WasmRust.instantiatedByJavaScript(context, api, Home.wasmModule());
            return api.getMember(boundary == Boundary.TYPED ? "typedFingerprint" : "jsonFingerprint").execute(rust);
        });
    }

    /**
     * Swaps Rust into the Python prototype as the fingerprint story does ({@code fingerprint_rust.use_host_function}
     * or {@code use_wasm}), or its JSON twin from {@code conversion.py}; returns the swapped-in
     * {@code fingerprint.calculate_fingerprint}.
     */
    private static Value swapInPython(Context context, Boundary boundary, String use, Object rust) {
        Value fingerprint = Guests.loadPythonModule(context, "fingerprint");
        if (boundary == Boundary.TYPED) {
            Guests.loadPythonModule(context, "fingerprint_rust").getMember(use).execute(rust);
        } else {
            Guests.loadPythonModule(context, "conversion").getMember(use + "_json").execute(rust);
        }
        return fingerprint.getMember("calculate_fingerprint");
    }

    private static String graalPy() {
        return "GraalPy " + BuildInfo.graalvm();
    }

    private static String pythonBoundary(Boundary boundary) {
        return boundary == Boundary.TYPED ? " (typed: wire format)" : " (JSON strings, json module)";
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public String runtime() {
        return runtime;
    }

    /** A guest caller on Truffle: the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(NodeListInput input) throws Exception {
        Context context = Guests.shared().newContext(languages);
        List<AutoCloseable> opened = new ArrayList<>(1); // at most the native library
        try {
            Value calculate = setup.calculator(context, opened::add);
            return GuestCalls.of(context, opened.isEmpty() ? null : opened.getFirst(), calculate,
                    context.eval(guest.language, guest.toList), input);
        } catch (Exception | Error e) {
            new GuestCalls(context, opened.isEmpty() ? null : opened.getFirst(), null, null).close();
            throw e;
        }
    }
}
