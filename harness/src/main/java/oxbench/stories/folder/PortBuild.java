package oxbench.stories.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import oxbench.env.Cache;
import oxbench.env.Home;
import oxbench.results.Format;

/**
 * Builds a folder story's Rust port, natively and for wasm32, with the toolchain rust-core uses
 * ({@link Cargo}), into {@code <cache>/ports/<package>-<12 hex of sha256(crate dir)>/} (the native
 * target directory, the wasm32 module, the logs and the stamp; the wasm32 target directory is
 * {@code <cache>/ports/wasm32-target/}, shared) so nothing is written to the user's folder but the
 * Cargo.lock cargo keeps beside Cargo.toml.
 *
 * <p>oxbench chooses the crate type ({@code cargo rustc --release --lib --crate-type cdylib}), so
 * the user's Cargo.toml needs no {@code [lib]} section. A build is skipped, cargo and all, when the
 * stamp it left (sha256 of the crate's Cargo.toml, Cargo.lock, build.rs and src/, of the
 * oxbench-port crate's sources, of the toolchain and of this build recipe) still matches.
 */
public final class PortBuild {
    /** Changes whenever the cargo command lines below change, so old builds are not reused. */
    private static final String RECIPE = "oxbench port build 1: cargo rustc --release --lib --crate-type cdylib;"
            + " native panic=unwind; wasm32-unknown-unknown -Zbuild-std=std,panic_abort panic=abort";
    private static final List<String> CARGO_ARGS = List.of("rustc", "--release", "--lib", "--crate-type", "cdylib");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object WASM_LOCK = new Object();

    private PortBuild() {}

    /**
     * Builds the port in {@code crateDir} (or finds it up to date) and checks that it exports
     * {@code function}; {@code say} gets a progress line before cargo runs.
     *
     * @throws IllegalArgumentException one line: no Cargo.toml, a native compile error (naming the log),
     *                                  a missing export, another ABI version
     */
    public static BuiltPort build(Path crateDir, String function, Consumer<String> say) {
        return build(crateDir, function, say, Cache.dir());
    }

    static BuiltPort build(Path crateDir, String function, Consumer<String> say, Path cacheRoot) {
        Path crate = crateDir.toAbsolutePath().normalize();
        Path manifest = crate.resolve("Cargo.toml");
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalArgumentException(crate + " has no Cargo.toml: the Rust port is a Cargo crate (see docs/port-abi.md)");
        }
        String libName = libName(manifest);
        Path dir = cacheRoot.resolve("ports").resolve(packageName(manifest) + "-" + sha256(crate.toString()).substring(0, 12));
        Path target = dir.resolve("target");
        Path nativeLibrary = target.resolve("release").resolve(System.mapLibraryName(libName));
        Path wasmModule = dir.resolve(libName + ".wasm");
        Path stampFile = dir.resolve("stamp.json");

        Stamp stamp = Stamp.read(stampFile);
        String digest = digest(crate);
        if (stamp != null && stamp.digest().equals(digest) && Files.isRegularFile(nativeLibrary)
                && (stamp.wasmProblem() != null || Files.isRegularFile(wasmModule))) {
            checkNative(crate, function, nativeLibrary);
            return checkWasm(crate, function, new BuiltPort(nativeLibrary, stamp.wasmProblem() == null ? wasmModule : null,
                    stamp.wasmProblem(), false, sourceDigest(crate)));
        }

        // What is built is what was read now: a source saved while cargo compiles is the next run's to build.
        String sources = sourceDigest(crate);
        String withoutLock = withoutLock(crate);
        say.accept("building the Rust port in " + crate + " (native, wasm32)...");
        Path nativeLog = dir.resolve("native.log");
        try {
            Cargo.run(crate, target, nativeLog, CARGO_ARGS, false);
        } catch (CargoFailure e) {
            throw new IllegalArgumentException(doesNotCompile(crate, "", e));
        }
        checkNative(crate, function, nativeLibrary);
        String wasmProblem = buildWasm(crate, dir.resolve("wasm32.log"), cacheRoot.resolve("ports"), libName, wasmModule);
        // After the build: cargo may just have written the Cargo.lock the stamp covers. A stamp is kept only
        // when nothing else changed meanwhile, so an edit made during the build is built next time.
        if (withoutLock(crate).equals(withoutLock)) {
            new Stamp(digest(crate), wasmProblem).write(stampFile);
        }
        return checkWasm(crate, function, new BuiltPort(nativeLibrary, wasmProblem == null ? wasmModule : null, wasmProblem,
                true, sources));
    }

    /**
     * Builds the wasm32 module into the target directory all ports share, and copies it to
     * {@code module}; returns why it failed, or null. Shared because -Zbuild-std compiles std into
     * the target directory first, most of a minute of every first build, and std is the same for
     * every port (of the same profile). One build at a time (cargo locks the directory too), so
     * that no other port of the same library name overwrites the module before it is copied.
     */
    private static String buildWasm(Path crate, Path log, Path ports, String libName, Path module) {
        Path target = ports.resolve("wasm32-target");
        synchronized (WASM_LOCK) {
            try {
                Files.createDirectories(ports);
                try (FileChannel lock = FileChannel.open(ports.resolve("wasm32-target.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                    Cargo.run(crate, target, log, CARGO_ARGS, true);
                    Files.copy(target.resolve(Cargo.WASM_TARGET).resolve("release").resolve(libName + ".wasm"), module,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (CargoFailure e) {
                deleteQuietly(module); // an older build's module is not this source's
                return doesNotCompile(crate, " for wasm32", e);
            } catch (IllegalStateException e) {
                deleteQuietly(module); // the wasm32 toolchain is missing (e.g. wasm-ld-22): only the wasm rows need it
                return "the Rust port in " + crate + " was not built for wasm32: " + e.getMessage();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build " + module + ": " + e.getMessage(), e);
            }
        }
        return null;
    }

    /**
     * Builds the standard library for wasm32 into the target directory every port's wasm build shares, by
     * building a port of its own there with a port's recipe (only std and oxbench-port are wanted). A no-op when it is there; a failure is said and left to the first port's build to report.
     */
    public static void warmUp(Consumer<String> say) {
        Path ports = Cache.dir().resolve("ports");
        Path done = ports.resolve("wasm32-target").resolve(".std-" + sha256(RECIPE + toolchainIdentity()).substring(0, 12));
        if (Files.isRegularFile(done)) {
            return;
        }
        say.accept("building the Rust standard library for wasm32 once, for every folder story's port (a minute or two)");
        // A port of its own (one that returns its input), outside rust-core, whose cargo configuration would clash.
        Path port = ports.resolve("wasm32-std-port");
        synchronized (WASM_LOCK) {
            try {
                Files.createDirectories(port.resolve("src"));
                Files.writeString(port.resolve("Cargo.toml"), "[package]\nname = \"oxbench-wasm32-std\"\nversion = \"0.1.0\"\n"
                        + "edition = \"2021\"\n\n[dependencies]\noxbench-port = { path = \""
                        + Home.dir().resolve("rust-core/port").toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\" }\n");
                Files.writeString(port.resolve("src/lib.rs"), "fn same(input: &[u8]) -> Vec<u8> {\n    input.to_vec()\n}\n\n"
                        + "oxbench_port::export!(same);\n");
                try (FileChannel lock = FileChannel.open(ports.resolve("wasm32-target.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                    Cargo.run(port, ports.resolve("wasm32-target"), ports.resolve("wasm32-std.log"), CARGO_ARGS, true);
                    Files.writeString(done, RECIPE + "\n");
                }
            } catch (CargoFailure e) {
                say.accept("the wasm32 standard library did not build (" + e.firstError() + "; " + e.log()
                        + "): a port's first wasm32 build will say why");
            } catch (IOException e) {
                say.accept("the wasm32 standard library was not built: " + e.getMessage());
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the stamp says there is no module, so a leftover file is never used
        }
    }

    private static String doesNotCompile(Path crate, String target, CargoFailure e) {
        return "the Rust port in " + crate + " does not compile" + target + ": " + e.firstError()
                + "; the compiler's whole log: " + e.log();
    }

    /** {@code built}, or without its wasm module if that lacks {@code function}'s export (a wasm problem, not an error). */
    private static BuiltPort checkWasm(Path crate, String function, BuiltPort built) {
        if (built.wasmModule() == null) {
            return built;
        }
        String symbol = PortNative.callSymbol(function);
        if (!wasmExports(built.wasmModule()).contains(symbol)) {
            String problem = crate + "'s wasm32 build exports no " + symbol + " (add oxbench_port::export!(" + function
                    + "); to its lib.rs, outside any #[cfg] that leaves out wasm32)";
            return new BuiltPort(built.nativeLibrary(), null, problem, built.rebuilt(), built.sourceDigest());
        }
        return built;
    }

    private static void checkNative(Path crate, String function, Path library) {
        try (Arena arena = Arena.ofConfined()) {
            String problem = PortNative.problem(SymbolLookup.libraryLookup(library, arena), function, crate.toString());
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /** The crate's {@code [package] name}. */
    static String packageName(Path manifest) {
        JsonNode name = readToml(manifest).path("package").path("name");
        if (!name.isTextual() || name.asText().isBlank()) {
            throw new IllegalArgumentException(manifest + " has no [package] name: the Rust port is one crate, not a workspace");
        }
        return name.asText();
    }

    /** The library's name: {@code [lib] name}, else the package name with {@code -} as {@code _}, as cargo names it. */
    static String libName(Path manifest) {
        JsonNode lib = readToml(manifest).path("lib").path("name");
        return lib.isTextual() ? lib.asText() : packageName(manifest).replace('-', '_');
    }

    private static JsonNode readToml(Path manifest) {
        try {
            return new TomlMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(manifest + " is not valid TOML: " + Format.oneLine(e));
        }
    }

    /** The stamp's digest: the crate's sources, the oxbench-port crate's, the toolchain and the recipe. */
    static String digest(Path crate) {
        MessageDigest sha = sha256();
        Path port = Home.dir().resolve("rust-core/port");
        update(sha, RECIPE + "\nrustc=" + toolchainIdentity() + "\n");
        hashFiles(sha, crate);
        update(sha, "oxbench-port\n");
        hashFiles(sha, port);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The crate's own sources alone (what the run's records name). */
    static String sourceDigest(Path crate) {
        MessageDigest sha = sha256();
        hashFiles(sha, crate);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The crate's sources but its Cargo.lock, which its first build writes. */
    private static String withoutLock(Path crate) {
        MessageDigest sha = sha256();
        hashFiles(sha, crate, List.of("Cargo.toml", "build.rs"));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void hashFiles(MessageDigest sha, Path crate) {
        hashFiles(sha, crate, List.of("Cargo.toml", "Cargo.lock", "build.rs"));
    }

    /** Those of {@code names} (Cargo.toml, Cargo.lock, build.rs) there are and everything under src/, in path order, as (path, length, bytes). */
    private static void hashFiles(MessageDigest sha, Path crate, List<String> names) {
        Set<Path> files = new TreeSet<>();
        for (String name : names) {
            if (Files.isRegularFile(crate.resolve(name))) {
                files.add(crate.resolve(name));
            }
        }
        Path src = crate.resolve("src");
        if (Files.isDirectory(src)) {
            try (Stream<Path> walk = Files.walk(src)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + src + ": " + e.getMessage(), e);
            }
        }
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            update(sha, crate.relativize(file) + "\0" + bytes.length + "\0");
            sha.update(bytes);
        }
    }

    /** Size and modification time of the compiler: a Debian upgrade of rustc-web changes them (cheaper than running rustc). */
    private static String toolchainIdentity() {
        try {
            return Files.size(Cargo.RUSTC) + "@" + Files.getLastModifiedTime(Cargo.RUSTC).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    /** The names a wasm module exports, from its export section (id 7): {@code vec(name, kind, index)}. */
    static Set<String> wasmExports(Path module) {
        ByteBuffer wasm;
        try {
            wasm = ByteBuffer.wrap(Files.readAllBytes(module));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + module + ": " + e.getMessage(), e);
        }
        Set<String> names = new TreeSet<>();
        if (wasm.remaining() < 8 || wasm.getInt() != 0x0061736d) { // "\0asm", read big-endian
            throw new IllegalArgumentException(module + " is not a wasm module");
        }
        wasm.position(8);
        while (wasm.hasRemaining()) {
            int id = wasm.get() & 0xff;
            int size = (int) leb128(wasm);
            int end = wasm.position() + size;
            if (id == 7) {
                long count = leb128(wasm);
                for (long i = 0; i < count; i++) {
                    byte[] name = new byte[(int) leb128(wasm)];
                    wasm.get(name);
                    wasm.get(); // kind
                    leb128(wasm); // index
                    names.add(new String(name, StandardCharsets.UTF_8));
                }
            }
            wasm.position(end);
        }
        return names;
    }

    private static long leb128(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    /** What a build left: its digest, and why wasm32 failed (null if it built). */
    record Stamp(String digest, String wasmProblem) {
        static Stamp read(Path file) {
            try {
                JsonNode node = JSON.readTree(file.toFile());
                JsonNode problem = node.path("wasm_problem");
                return new Stamp(node.path("digest").asText(), problem.isTextual() ? problem.asText() : null);
            } catch (IOException e) {
                return null; // no stamp, or a damaged one: build
            }
        }

        void write(Path file) {
            try {
                Files.createDirectories(file.getParent());
                Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
                var node = JSON.createObjectNode().put("digest", digest).put("wasm_problem", wasmProblem);
                JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), node);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static String sha256(String text) {
        MessageDigest sha = sha256();
        update(sha, text);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
