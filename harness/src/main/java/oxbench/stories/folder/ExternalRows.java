package oxbench.stories.folder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.List;
import oxbench.external.Driver;
import oxbench.external.Drivers;
import oxbench.external.ExternalImplementation;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.MeasurementNeeds;
import oxbench.story.Unavailable;
import oxbench.story.Workload;

/**
 * The rows of a folder story that run as separate processes, with the drivers' {@code folder} story
 * ({@code polyglot-samples/python/driver.py}, {@code polyglot-samples/javascript/folder.js}): the
 * prototype under CPython or Node, the port's wasm32 module in V8, and the port through the PyO3
 * module and the Node-API addon oxbench generates around it ({@link PortWrappers}).
 */
final class ExternalRows {
    /** The rows run by CPython. */
    static final MeasurementNeeds CPYTHON = MeasurementNeeds.of(CodeKind.EXTERNAL);

    /** The rows run by Node. */
    static final MeasurementNeeds NODE = MeasurementNeeds.of(CodeKind.EXTERNAL);

    private ExternalRows() {}

    static List<Implementation<FolderInput>> of(String language) {
        if (language.equals("python")) {
            return List.of(
                    new Row("python@cpython", "python", "", Drivers.cpython("folder", "prototype"), CPYTHON, Needs.NOTHING),
                    new Row("python+rust@pyo3", "python+rust", " -> PyO3 0.17 -> native (rustc)",
                            Drivers.cpython("folder", "pyo3"), CPYTHON, Needs.PYO3_MODULE));
        }
        return List.of(
                new Row("js@node", "js", "", Drivers.node("folder", "prototype"), NODE, Needs.NOTHING),
                new Row("js+rust@node-wasm", "js+rust", " -> WebAssembly API -> V8 (wasm32, rustc)",
                        Drivers.node("folder", "node-wasm"), NODE, Needs.WASM_MODULE),
                new Row("js+rust@napi", "js+rust", " -> Node-API -> native (rustc)",
                        Drivers.node("folder", "napi"), NODE, Needs.NAPI_ADDON));
    }

    /** The build of the port a row runs, checked before its driver starts. */
    enum Needs {
        NOTHING, PYO3_MODULE, WASM_MODULE, NAPI_ADDON;

        /**
         * @throws Unavailable           when the PyO3 module or the Node-API addon was not built
         * @throws IllegalStateException when the wasm32 build failed (the crate does not build for wasm32: the row fails)
         */
        void check(FolderInput.Port port) throws Unavailable {
            switch (this) {
                case NOTHING -> {}
                case PYO3_MODULE -> {
                    if (port.pyo3Module() == null) {
                        throw new Unavailable(port.pyo3Problem());
                    }
                }
                case WASM_MODULE -> {
                    if (port.wasmModule() == null) {
                        throw new IllegalStateException(port.wasmProblem());
                    }
                }
                case NAPI_ADDON -> {
                    if (port.napiAddon() == null) {
                        throw new Unavailable(port.napiProblem());
                    }
                }
            }
        }
    }

    /** One row: its driver's function over every input, its output the bytes of each result. */
    static final class Row extends ExternalImplementation<FolderInput> {
        private static final HexFormat HEX = HexFormat.of();

        private final MeasurementNeeds measurement;
        private final Needs needs;

        Row(String id, String language, String bridge, Driver driver, MeasurementNeeds measurement, Needs needs) {
            super(id, language, bridge, driver);
            this.measurement = measurement;
            this.needs = needs;
        }

        @Override
        public Workload open(FolderInput input) throws Exception {
            needs.check(input.port());
            return super.open(input);
        }

        /** The driver's hex strings, one per input, as the bytes they spell. */
        @Override
        protected Object output(JsonNode output, FolderInput input) {
            if (!output.isArray() || output.size() != input.inputs().size()) {
                throw new IllegalStateException(driver().program() + " returned " + output.size() + " results for "
                        + input.inputs().size() + " inputs");
            }
            Object[] results = new Object[output.size()];
            for (int i = 0; i < results.length; i++) {
                JsonNode result = output.get(i);
                if (!result.isTextual()) {
                    throw new IllegalStateException(driver().program() + " returned " + result + " for " + input.inputs().get(i).name()
                            + " instead of hex digits");
                }
                results[i] = HEX.parseHex(result.asText());
            }
            return results;
        }

        @Override
        public MeasurementNeeds measurement() {
            return measurement;
        }
    }
}
