package oxbench.stories.folder;

import java.util.List;

/**
 * What every implementation of a folder story computes on, as the parent made it once: the prototype's
 * source (a snapshot, so every fork and driver runs the code that was checked), where the port was built,
 * and the inputs' bytes. It is the JSON file the JMH forks and the external drivers read (byte arrays as
 * base64); {@code polyglot-samples/python/driver.py} documents the fields the drivers use.
 *
 * @param story     the story's id
 * @param manifestSha256 of its {@code oxbench.toml} as read when the run began
 * @param language  {@code python} or {@code javascript}
 * @param prototype the prototype's file and function, with the file's text
 * @param port      the Rust port's builds (or why one is missing)
 * @param inputs    the input files, sorted by name: one is one unit of work
 */
public record FolderInput(String story, String manifestSha256, String language, Prototype prototype, Port port, List<Item> inputs) {
    public FolderInput {
        inputs = List.copyOf(inputs);
    }

    /**
     * @param name     the file as the manifest names it, e.g. {@code prototype.py}
     * @param path     its absolute path (where Node loads it from, so its own {@code require}s work there)
     * @param source   its text when the run began
     * @param function the function called once per input
     */
    public record Prototype(String name, String path, String source, String function) {}

    /**
     * Where each build of the port is, or why it is missing (then the rows that need it cannot run).
     *
     * @param function      the exported function's name (symbol {@code oxbench_port_call_<function>})
     * @param sourcesSha256 of the port's sources as built (its Cargo.toml, Cargo.lock and sources)
     * @param nativeLibrary the native library (absolute), or null
     * @param wasmModule    the wasm32 module (absolute), or null
     * @param pyo3Module    the directory holding the generated CPython extension module, or null
     * @param napiAddon     the generated Node-API addon ({@code .node}), or null
     */
    public record Port(String function, String sourcesSha256, String nativeLibrary, String nativeProblem, String wasmModule, String wasmProblem,
            String pyo3Module, String pyo3Problem, String napiAddon, String napiProblem) {}

    /** One input file: its name relative to the folder and its bytes. */
    public record Item(String name, byte[] data) {}
}
