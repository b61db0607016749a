package oxbench.stories.boundary;

import java.io.IOException;
import java.nio.file.Files;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.rust.RustToolchain;
import oxbench.rust.WasmRust;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code add-one@python-wasm}, {@code hash-1k@js-wasm} and the like: the guest calls the wasm
 * module's exports itself, with no host code between. JavaScript instantiates rust_core.wasm through
 * its standard {@code WebAssembly} API; Python, which has no such API, is handed the exports of the
 * module instantiated by GraalWasm. The buffer is copied into linear memory once, by the guest.
 */
final class GuestToWasm extends FromGuest {
    GuestToWasm(BoundaryFunction function, Guest guest) {
        super(function, guest, "wasm", "wasm");
    }

    @Override
    public String runtime() {
        String api = guest == Guest.JS ? " -> WebAssembly API -> " : " -> wasm exports (polyglot) -> ";
        return guest.runtime() + api + RustToolchain.wasmRuntime() + switch (function) {
            case ADD_ONE -> ": an i64 in and out (" + (guest == Guest.JS ? "a BigInt" : guest.number) + ")";
            case HASH_1K -> ": 8 bytes written into linear memory, a pointer and a length in, an i64 out;"
                    + " the 1 KiB stays in linear memory";
        };
    }

    @Override
    public Workload open(BoundaryInput input) throws IOException {
        Context context = Guests.shared().newContext(guest.language, "wasm");
        try {
            Value module = guest.module(context);
            Value rust = guest == Guest.JS
                    ? guest.function(module, "instantiate").execute(Guest.bytes(Files.readAllBytes(Home.wasmModule())))
                    : new WasmRust(context, Home.wasmModule()).exports();
            Value run = switch (function) {
                case ADD_ONE -> guest.function(module, "wasmAddOneChain").execute(rust);
                case HASH_1K -> guest.function(module, "wasmHashChain").execute(rust, Guest.bytes(input.buffer()));
            };
            return new Guest.Chain(function, input, context, run);
        } catch (IOException | RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }
}
