package oxbench.stories.boundary;

import java.nio.ByteOrder;
import oxbench.env.Home;
import oxbench.polyglot.Guests;
import oxbench.rust.RustToolchain;
import oxbench.rust.WasmRust;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code add-one@graalwasm}, {@code hash-1k@graalwasm}: Java calls the wasm module's exports in
 * GraalWasm through the polyglot API. The buffer is copied into linear memory once, when opened.
 */
final class JavaToGraalWasm extends Bridge {
    JavaToGraalWasm(BoundaryFunction function) {
        super(function, "graalwasm", "Java -> wasm", "rust");
    }

    @Override
    public String runtime() {
        return RustToolchain.wasmRuntime() + switch (function) {
            case ADD_ONE -> " from Java (Value.execute): a long in, a long out";
            case HASH_1K -> " from Java (Value.execute): 8 bytes written into linear memory (Value.writeBufferLong),"
                    + " a pointer and a length in, a long out; the 1 KiB stays in linear memory";
        };
    }

    /** wasm called from Java. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.WASM);
    }

    @Override
    public Workload open(BoundaryInput input) {
        Context context = Guests.shared().newContext("wasm");
        try {
            WasmRust wasm = new WasmRust(context, Home.wasmModule());
            Value export = wasm.exports().getMember(function.symbol());
            return switch (function) {
                case ADD_ONE -> new JavaChain(function, input, x -> export.execute(x).asLong(), context);
                case HASH_1K -> {
                    byte[] buffer = input.buffer();
                    int pointer = wasm.copyIn(buffer);
                    Value memory = wasm.exports().getMember("memory");
                    yield new JavaChain(function, input, accumulator -> {
                        memory.writeBufferLong(ByteOrder.LITTLE_ENDIAN, pointer, accumulator);
                        return export.execute(pointer, buffer.length).asLong();
                    }, context);
                }
            };
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }
}
