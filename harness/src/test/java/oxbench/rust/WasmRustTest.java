package oxbench.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** The generic wasm binder: the shapes stories bind their exports with, and what goes wrong. */
class WasmRustTest {
    @Test
    void theShapesCallTheExportAndReportItsStatusByName() {
        try (Context context = Guests.shared().newContext("wasm")) {
            WasmRust wasm = new WasmRust(context, Home.wasmModule());
            WasmRust.BytesToBytes json = wasm.bytesToBytes("oxb_fingerprint_json");
            byte[] answer = json.apply("[\"Module\"]".getBytes(StandardCharsets.UTF_8));
            assertEquals("{\"fingerprint\":", new String(answer, StandardCharsets.UTF_8).substring(0, 15));
            IllegalStateException malformed = assertThrows(IllegalStateException.class,
                    () -> json.apply("[1, 2]".getBytes(StandardCharsets.UTF_8)));
            assertEquals("oxb_fingerprint_json (wasm) failed: malformed input", malformed.getMessage());
            WasmRust.BytesToLong typed = wasm.bytesToLong("oxb_fingerprint");
            byte[] nodes = NodeLists.encode(java.util.List.of("Module"));
            assertEquals(typed.apply(nodes), typed.apply(wasm.copyIn(nodes), nodes.length), "copied in for the call, or already there");
        }
    }

    @Test
    void anExportTheModuleDoesNotHaveIsAClearError() {
        try (Context context = Guests.shared().newContext("wasm")) {
            WasmRust wasm = new WasmRust(context, Home.wasmModule());
            IllegalStateException missing = assertThrows(IllegalStateException.class, () -> wasm.export("oxb_no_such_function"));
            assertEquals("oxb_no_such_function is not a function exported by the wasm module", missing.getMessage());
        }
    }
}
