package oxbench.stories.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import oxbench.env.Home;
import oxbench.external.Drivers;
import oxbench.results.AtomicFiles;
import oxbench.results.Format;
import oxbench.results.Json;

/**
 * The PyO3 module ({@code python+rust@pyo3}) and the Node-API addon ({@code js+rust@napi}) that
 * oxbench generates around a folder story's port, so that CPython and Node call the same Rust function
 * as every other row. Each is a small crate written under the port's cache directory
 * ({@code <cache>/ports/<package>-<hash>/wrappers/}), depending on the user's crate by path and calling
 * its {@code oxbench_port_call_<function>} through the port's C ABI, so the port's code is compiled
 * into the wrapper itself (with the user's {@code [profile]} settings, which cargo takes only from the
 * crate it builds). Built with {@link Cargo} into a target directory every port's wrappers share (their dependencies
 * compiled once), then copied where the drivers load them:
 * <ul>
 *   <li>{@code <dir>/python/oxbench_port_py<EXT_SUFFIX>}: module {@code oxbench_port_py} with
 *       {@code <function>(data: bytes) -> bytes}, raising {@code RuntimeError} with the panic's message
 *       (PyO3 0.17, Debian's librust-pyo3-dev, for the {@code python3} the driver runs);</li>
 *   <li>{@code <dir>/node/oxbench_port.node}: {@code <function>(Uint8Array) -> Buffer}, throwing an
 *       {@code Error} with the panic's message, with no crates: the {@code napi_*} functions are
 *       rust-core/napi's declarations ({@code napi_sys.rs}, included by path), which node resolves when
 *       it loads the addon.</li>
 * </ul>
 * A wrapper is built again only when the port's sources, the toolchain, the wrapper's own code or (for
 * PyO3) the interpreter change: {@code wrappers/<kind>.stamp.json} keeps the digest and, when the build
 * failed, the one-line reason, so a wrapper that cannot be built is not tried again on every run.
 */
final class PortWrappers {
    private static final Object SHARED_TARGET = new Object();

    /** The extension module's name; {@code polyglot-samples/python/driver.py} imports it. */
    static final String PYO3_MODULE = "oxbench_port_py";
    /** The addon's file name in {@code <dir>/node/}. */
    static final String NAPI_ADDON = "oxbench_port.node";

    /** A Rust identifier, the only kind of name spliced into the generated code. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PortWrappers() {}

    /**
     * The wrappers of one port: each is a path, or null with the one-line reason it could not be built
     * (which its row shows as {@code unavailable}).
     *
     * @param pyo3Module  the directory holding module {@value #PYO3_MODULE}, or null
     * @param napiAddon   the Node-API addon ({@code .node}), or null
     */
    record Wrappers(Path pyo3Module, String pyo3Problem, Path napiAddon, String napiProblem) {}

    /** The wrappers a row can run: PyO3 for a Python prototype, Node-API for a JavaScript one. */
    enum Kind {
        PYO3("PyO3 module", "python", "pyo3"),
        NAPI("Node-API addon", "javascript", "napi");

        final String title;
        final String language;
        final String dir;

        Kind(String title, String language, String dir) {
            this.title = title;
            this.language = language;
            this.dir = dir;
        }
    }

    /**
     * Builds (or finds up to date) the wrapper the prototype's language needs around the port
     * {@link PortBuild} built from {@code crateDir}; the other one is null, with the reason. Never throws
     * for a wrapper that cannot be built: that is the wrapper's problem, and only its row is unavailable.
     *
     * @param language the prototype's language, {@code python} or {@code javascript}
     * @param say      gets a progress line before cargo runs
     */
    static Wrappers build(Path crateDir, String function, BuiltPort built, String language, Consumer<String> say) {
        Path pyo3 = null;
        String pyo3Problem = "only built for a story whose prototype is in Python";
        Path napi = null;
        String napiProblem = "only built for a story whose prototype is in JavaScript";
        Outcome outcome = buildOne(Kind.PYO3.language.equals(language) ? Kind.PYO3 : Kind.NAPI, crateDir, function, built, say);
        if (language.equals(Kind.PYO3.language)) {
            pyo3 = outcome.path();
            pyo3Problem = outcome.problem();
        } else {
            napi = outcome.path();
            napiProblem = outcome.problem();
        }
        return new Wrappers(pyo3, pyo3Problem, napi, napiProblem);
    }

    /** What building one wrapper gave: its path, or the reason there is none. */
    record Outcome(Path path, String problem) {
        static Outcome failed(String problem) {
            return new Outcome(null, problem);
        }
    }

    static Outcome buildOne(Kind kind, Path crateDir, String function, BuiltPort built, Consumer<String> say) {
        try {
            return buildOrThrow(kind, crateDir.toAbsolutePath().normalize(), function, built, say);
        } catch (Unbuildable e) {
            return Outcome.failed(e.getMessage());
        } catch (RuntimeException | IOException e) {
            // The toolchain or the offline crates are missing, a file cannot be written: only this row is unavailable.
            return Outcome.failed("the " + kind.title + " around the Rust port was not built: " + Format.oneLine(e));
        }
    }

    /** A wrapper that cannot be built here, for a reason worth telling as it is. */
    private static final class Unbuildable extends Exception {
        Unbuildable(String message) {
            super(message);
        }
    }

    private static Outcome buildOrThrow(Kind kind, Path crate, String function, BuiltPort built, Consumer<String> say)
            throws Unbuildable, IOException {
        if (!IDENTIFIER.matcher(function).matches()) {
            throw new Unbuildable("the port's function '" + function + "' is not a Rust identifier, so no " + kind.title + " is generated for it");
        }
        // <dir>/target/release/lib<name>.so: the port's cache directory PortBuild used. The wrappers of every port
        // share one target directory beside it, so PyO3 and its macros compile once per machine, not once per port.
        Path dir = built.nativeLibrary().getParent().getParent().getParent();
        Path target = dir.getParent().resolve("wrappers-target");
        Path wrappers = dir.resolve("wrappers");
        Path crateOut = wrappers.resolve(kind.dir);
        Python python = kind == Kind.PYO3 ? Python.find() : null;
        String cargoToml = cargoToml(kind, crate);
        String libRs = kind == Kind.PYO3 ? PYO3_LIB_RS.replace("{function}", function)
                : NAPI_LIB_RS.replace("{function}", function).replace("{napi_sys}", rustString(napiSys().toString()));
        Path output = kind == Kind.PYO3 ? dir.resolve("python").resolve(PYO3_MODULE + python.extSuffix()) : dir.resolve("node").resolve(NAPI_ADDON);
        Path stampFile = wrappers.resolve(kind.dir + ".stamp.json");
        String digest = sha256(PortBuild.digest(crate) + "\n" + cargoToml + "\n" + libRs + "\n"
                + (python == null ? readNapiSys() : python.identity()));

        Stamp stamp = Stamp.read(stampFile);
        if (stamp != null && stamp.digest().equals(digest) && (stamp.problem() != null || Files.isRegularFile(output))) {
            if (stamp.problem() != null) {
                throw new Unbuildable(stamp.problem());
            }
            return new Outcome(kind == Kind.PYO3 ? output.getParent() : output, null);
        }
        String problem = null;
        try {
            if (kind == Kind.PYO3) {
                python.requireSupported();
                requirePyo3Crate();
            }
            say.accept("building the " + kind.title + " around the Rust port in " + crate + "...");
            Files.createDirectories(crateOut.resolve("src"));
            Files.writeString(crateOut.resolve("Cargo.toml"), cargoToml);
            Files.writeString(crateOut.resolve("src/lib.rs"), libRs);
            Path log = wrappers.resolve(kind.dir + ".log");
            if (python != null) {
                // pyo3's build script asks this interpreter for its version and ABI: the one the driver runs.
                // (In a config file: a --config after cargo's subcommand would replace Cargo's own.)
                Files.createDirectories(crateOut.resolve(".cargo"));
                Files.writeString(crateOut.resolve(".cargo/config.toml"),
                        "[env]\nPYO3_PYTHON = " + tomlString(python.executable().toString()) + "\n");
            }
            // A missing port symbol would otherwise surface only when node or CPython loads the library.
            List<String> args = List.of("rustc", "--release", "--lib", "--",
                    "-C", "link-arg=-Wl,--require-defined=" + PortNative.callSymbol(function));
            Path library = target.resolve("release").resolve(System.mapLibraryName(kind == Kind.PYO3 ? PYO3_MODULE : "oxbench_port_napi"));
            Files.createDirectories(output.getParent());
            // One build at a time in the shared directory (every port's wrapper has the same library name),
            // until its library is copied out.
            synchronized (SHARED_TARGET) {
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.getParent().resolve("wrappers-target.lock"),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                        java.nio.channels.FileLock held = channel.lock()) {
                    try {
                        Cargo.run(crateOut, target, log, args, false);
                    } catch (CargoFailure e) {
                        throw new Unbuildable("the " + kind.title + " around the Rust port did not build: " + e.firstError()
                                + "; cargo's whole log: " + e.log());
                    }
                    // Atomically: a driver of another run may be loading the previous build.
                    AtomicFiles.write(output, out -> Files.copy(library, out));
                }
            }
        } catch (Unbuildable e) {
            problem = e.getMessage();
        }
        new Stamp(digest, problem).write(stampFile);
        if (problem != null) {
            throw new Unbuildable(problem);
        }
        return new Outcome(kind == Kind.PYO3 ? output.getParent() : output, null);
    }

    /** Offline, PyO3 comes from Debian's librust-pyo3-dev in rust-core's directory source. */
    private static void requirePyo3Crate() throws Unbuildable {
        if (!Cargo.offline()) {
            return;
        }
        Path vendor = Home.dir().resolve("rust-core/target/vendor");
        try (var crates = Files.newDirectoryStream(vendor, "pyo3-0.17.*")) {
            if (crates.iterator().hasNext()) {
                return;
            }
        } catch (IOException e) {
            // no directory source: as if PyO3 were missing
        }
        throw new Unbuildable("PyO3 0.17 is not installed (crates.io is not reachable and " + vendor
                + " has no pyo3-0.17.*): install librust-pyo3-dev and run ./bench setup");
    }

    /**
     * The wrapper's manifest: a cdylib depending on the user's crate (renamed {@code port}), with the
     * user's {@code [profile]} tables, and an empty {@code [workspace]} so that cargo looks no further up.
     */
    static String cargoToml(Kind kind, Path crate) {
        TomlMapper toml = new TomlMapper();
        ObjectNode manifest = toml.createObjectNode();
        ObjectNode pkg = manifest.putObject("package");
        pkg.put("name", kind == Kind.PYO3 ? "oxbench-port-pyo3" : "oxbench-port-napi");
        pkg.put("version", "0.0.0");
        pkg.put("edition", "2021");
        pkg.put("publish", false);
        ObjectNode lib = manifest.putObject("lib");
        lib.put("name", kind == Kind.PYO3 ? PYO3_MODULE : "oxbench_port_napi");
        lib.putArray("crate-type").add("cdylib");
        ObjectNode dependencies = manifest.putObject("dependencies");
        ObjectNode port = dependencies.putObject("port");
        port.put("package", PortBuild.packageName(crate.resolve("Cargo.toml")));
        port.put("path", crate.toString());
        if (kind == Kind.PYO3) {
            ObjectNode pyo3 = dependencies.putObject("pyo3");
            pyo3.put("version", "0.17");
            pyo3.putArray("features").add("extension-module");
        }
        manifest.putObject("workspace");
        try {
            JsonNode profile = toml.readTree(crate.resolve("Cargo.toml").toFile()).path("profile");
            if (profile.isObject()) {
                manifest.set("profile", profile);
            }
            return "# Generated by oxbench (PortWrappers.java) around " + crate + "; rewritten on every build.\n"
                    + toml.writeValueAsString(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + crate.resolve("Cargo.toml") + ": " + e.getMessage(), e);
        }
    }

    /** The python3 the CPython driver runs, with what a build for it depends on. */
    record Python(Path executable, String version, String extSuffix) {
        static Python find() throws Unbuildable {
            Path executable = Drivers.cpython("folder", "pyo3").executable();
            if (executable == null) {
                throw new Unbuildable("python3 is not installed (not on the PATH), so no PyO3 module is built; install it with apt-get install python3");
            }
            String asked;
            try {
                Process process = new ProcessBuilder(executable.toString(), "-c",
                        "import platform, sysconfig; print(platform.python_implementation(), platform.python_version(), sysconfig.get_config_var('EXT_SUFFIX'))")
                        .redirectErrorStream(true).start();
                asked = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new Unbuildable(executable + " could not tell its version and EXT_SUFFIX: " + asked);
                }
            } catch (IOException e) {
                throw new Unbuildable(executable + " could not be run: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unbuildable("interrupted while asking " + executable + " for its version");
            }
            String[] words = asked.split(" ");
            if (words.length != 3 || !words[2].startsWith(".")) {
                throw new Unbuildable(executable + " told no EXT_SUFFIX: " + asked);
            }
            return new Python(executable, words[0] + " " + words[1], words[2]);
        }

        String identity() {
            return executable + " " + version + " " + extSuffix;
        }

        /** PyO3 0.17 builds for CPython 3.7 to 3.11 only. */
        void requireSupported() throws Unbuildable {
            String[] parts = version.split("[ .]");
            boolean supported = parts[0].equals("CPython") && parts.length >= 3 && parts[1].equals("3")
                    && Integer.parseInt(parts[2]) >= 7 && Integer.parseInt(parts[2]) <= 11;
            if (!supported) {
                throw new Unbuildable("PyO3 0.17 (Debian's librust-pyo3-dev) builds for CPython 3.7 to 3.11, and python3 is "
                        + version + " (" + executable + ")");
            }
        }
    }

    /** A wrapper's last build: the digest of what it was built from, and why it failed (null if it built). */
    record Stamp(String digest, String problem) {
        static Stamp read(Path file) {
            try {
                Stamp stamp = Json.MAPPER.readValue(file.toFile(), Stamp.class);
                return stamp.digest() == null ? null : stamp;
            } catch (IOException e) {
                return null; // no stamp, or a damaged one: build
            }
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, this));
        }
    }

    /** rust-core's declarations of the napi_* functions, which the generated addon includes by path. */
    private static Path napiSys() {
        return Home.dir().resolve("rust-core/napi/src/napi_sys.rs");
    }

    private static String readNapiSys() {
        try {
            return Files.readString(napiSys());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + napiSys() + " (the napi_* declarations): " + e.getMessage(), e);
        }
    }

    private static String rustString(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String tomlString(String value) {
        return "\"" + rustString(value) + "\""; // a TOML basic string escapes as a Rust one
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** The PyO3 module: {@code {function}(data: bytes) -> bytes}, a panic as RuntimeError with its message. */
    static final String PYO3_LIB_RS = """
            //! Generated by oxbench (PortWrappers.java): the port's {function} as a CPython extension module,
            //! `oxbench_port_py.{function}(data: bytes) -> bytes`, for python+rust@pyo3. It calls the port
            //! through its C ABI (docs/port-abi.md); a panic in the port becomes a RuntimeError.

            use pyo3::exceptions::PyRuntimeError;
            use pyo3::prelude::*;
            use pyo3::types::PyBytes;
            // Links the user's crate, which defines the symbols below.
            use port as _;

            extern "C" {
                fn oxbench_port_call_{function}(in_ptr: *const u8, in_len: usize, out_ptr: *mut *mut u8, out_len: *mut usize) -> i32;
                fn oxbench_port_free(ptr: *mut u8, len: usize);
            }

            /// {function}(data: bytes) -> bytes: the Rust port's {function}.
            #[pyfunction]
            #[pyo3(name = "{function}")]
            fn call<'py>(py: Python<'py>, data: &[u8]) -> PyResult<&'py PyBytes> {
                let mut out_ptr: *mut u8 = std::ptr::null_mut();
                let mut out_len = 0usize;
                // SAFETY: the input is a live buffer; the output slots are writable (the port ABI's contract).
                let status = unsafe { oxbench_port_call_{function}(data.as_ptr(), data.len(), &mut out_ptr, &mut out_len) };
                if status != 0 && status != 1 {
                    return Err(PyRuntimeError::new_err(format!("oxbench_port_call_{function} returned status {status}")));
                }
                // SAFETY: with status 0 or 1 the port wrote a buffer of out_len bytes, ours to free once.
                let output: &[u8] = if out_len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(out_ptr, out_len) } };
                let result = if status == 0 {
                    Ok(PyBytes::new(py, output))
                } else if output.is_empty() {
                    Err(PyRuntimeError::new_err("the Rust port's {function} panicked: (the panic had no message)"))
                } else {
                    Err(PyRuntimeError::new_err(format!("the Rust port's {function} panicked: {}", String::from_utf8_lossy(output))))
                };
                unsafe { oxbench_port_free(out_ptr, out_len) };
                result
            }

            #[pymodule]
            fn oxbench_port_py(_py: Python, module: &PyModule) -> PyResult<()> {
                module.add_function(wrap_pyfunction!(call, module)?)?;
                Ok(())
            }
            """;

    /** The Node-API addon: {@code {function}(Uint8Array) -> Buffer}, a panic as an Error with its message. */
    static final String NAPI_LIB_RS = """
            //! Generated by oxbench (PortWrappers.java): the port's {function} as a Node-API addon,
            //! `{function}(data: Uint8Array) -> Buffer`, for js+rust@napi. As rust-core/napi, it uses no
            //! crates: the napi_* functions are rust-core/napi's declarations from node_api.h, resolved by
            //! node when it loads the addon. It calls the port through its C ABI (docs/port-abi.md); a
            //! panic in the port becomes a thrown Error.

            use std::ffi::{c_void, CString};
            use std::ptr;
            // Links the user's crate, which defines the port's symbols below.
            use port as _;

            #[path = "{napi_sys}"]
            mod napi_sys;
            use napi_sys::*;

            extern "C" {
                fn oxbench_port_call_{function}(in_ptr: *const u8, in_len: usize, out_ptr: *mut *mut u8, out_len: *mut usize) -> i32;
                fn oxbench_port_free(ptr: *mut u8, len: usize);
            }

            /// Throws an Error (or a TypeError) with `message`, its NUL bytes shown as spaces.
            unsafe fn throw(env: NapiEnv, type_error: bool, message: &str) -> NapiValue {
                let message = CString::new(message.replace('\\0', " ")).unwrap_or_default();
                if type_error {
                    napi_throw_type_error(env, ptr::null(), message.as_ptr());
                } else {
                    napi_throw_error(env, ptr::null(), message.as_ptr());
                }
                ptr::null_mut()
            }

            unsafe extern "C" fn call(env: NapiEnv, info: NapiCallbackInfo) -> NapiValue {
                let mut argc = 1usize;
                let mut argv = [ptr::null_mut(); 1];
                let mut kind = -1;
                let mut len = 0usize;
                let mut data = ptr::null_mut();
                if napi_get_cb_info(env, info, &mut argc, argv.as_mut_ptr(), ptr::null_mut(), ptr::null_mut()) != NAPI_OK
                    || argc != 1
                    || napi_get_typedarray_info(env, argv[0], &mut kind, &mut len, &mut data, ptr::null_mut(), ptr::null_mut()) != NAPI_OK
                    || kind != UINT8_ARRAY
                {
                    return throw(env, true, "{function}(data) takes one Uint8Array");
                }
                let mut out_ptr: *mut u8 = ptr::null_mut();
                let mut out_len = 0usize;
                let status = oxbench_port_call_{function}(data as *const u8, len, &mut out_ptr, &mut out_len);
                if status != 0 && status != 1 {
                    return throw(env, false, &format!("oxbench_port_call_{function} returned status {status}"));
                }
                let result = if status == 0 {
                    let mut buffer = ptr::null_mut();
                    let mut copy = ptr::null_mut();
                    if napi_create_buffer_copy(env, out_len, out_ptr as *const c_void, &mut copy, &mut buffer) == NAPI_OK {
                        buffer
                    } else {
                        throw(env, false, &format!("{function}: no Buffer of {out_len} bytes for the output"))
                    }
                } else {
                    let message = if out_len == 0 {
                        "(the panic had no message)".to_owned()
                    } else {
                        String::from_utf8_lossy(std::slice::from_raw_parts(out_ptr, out_len)).into_owned()
                    };
                    throw(env, false, &format!("the Rust port's {function} panicked: {message}"))
                };
                oxbench_port_free(out_ptr, out_len);
                result
            }

            /// Node's entry point for an addon without a static constructor: adds `{function}` to `exports`.
            ///
            /// # Safety
            /// Called by node with a live environment and its exports object.
            #[no_mangle]
            pub unsafe extern "C" fn napi_register_module_v1(env: NapiEnv, exports: NapiValue) -> NapiValue {
                export_function(env, exports, c"{function}", call)
            }
            """;
}
