package oxbench.stories.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import oxbench.env.Home;

/**
 * Runs Debian's cargo the way rust-core/build.sh does, for the crates oxbench builds from a user's
 * folder (the port, and the PyO3/Node-API wrappers around it): {@code /usr/bin/cargo} driving
 * {@code /usr/bin/rustc} (the rustc-web toolchain, whose std sources build the wasm32 std), with
 * {@code PATH=/usr/bin:/bin} so that rustup's ~/.cargo/bin is not picked up.
 *
 * <p>What it adds to the caller's arguments, as {@code --config} flags (so the user's crate needs no
 * .cargo/config.toml):
 * <ul>
 *   <li>offline (see {@link #offline()}): crates.io replaced by the directory source
 *       {@code rust-core/target/vendor} (Debian's packaged crates and std's vendored ones, made
 *       by rust-core/build.sh), and {@code net.offline};</li>
 *   <li>native: {@code profile.release.panic="unwind"}, so the port's {@code catch_unwind} can turn
 *       a panic into a status;</li>
 *   <li>wasm32: {@code RUSTC_BOOTSTRAP=1 -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown},
 *       {@code profile.release.panic="abort"} and the linker {@code wasm-ld-22}.</li>
 * </ul>
 * The target directory and the target triple go in through the environment ({@code CARGO_TARGET_DIR},
 * {@code CARGO_BUILD_TARGET}), so the caller's arguments may end with {@code -- <rustc flags>}.
 */
public final class Cargo {
    /** {@code 1} forces offline builds from the directory source, {@code 0} online ones; unset: probe crates.io. */
    public static final String OFFLINE_ENV = "OXBENCH_CARGO_OFFLINE";

    static final Path CARGO = Path.of("/usr/bin/cargo");
    static final Path RUSTC = Path.of("/usr/bin/rustc");
    static final String WASM_TARGET = "wasm32-unknown-unknown";
    static final String WASM_LINKER = "wasm-ld-22";
    private static final String CRATES_IO_HOST = "index.crates.io";
    private static final int PROBE_TIMEOUT_MILLIS = 1500;

    private static Boolean probedOffline;

    private Cargo() {}

    /**
     * Runs {@code cargo <args>} in {@code manifestDir}, building into {@code targetDir}, with
     * everything cargo and the compiler print written to {@code log}.
     *
     * @param args e.g. {@code rustc --release --lib --crate-type cdylib}
     * @param wasm build for wasm32 (std built from source, panic=abort) instead of natively (panic=unwind)
     * @throws CargoFailure cargo exited non-zero (its first error line and the log)
     * @throws IllegalStateException the toolchain or the offline directory source is missing (one line, with the remedy)
     */
    public static void run(Path manifestDir, Path targetDir, Path log, List<String> args, boolean wasm) throws CargoFailure {
        run(manifestDir, targetDir, log, args, wasm, Map.of());
    }

    /**
     * {@link #run(Path, Path, Path, List, boolean)} with {@code extraEnv} added to cargo's environment
     * (e.g. {@code PYO3_PYTHON} for a PyO3 build); it cannot change PATH, RUSTC or the target.
     */
    public static void run(Path manifestDir, Path targetDir, Path log, List<String> args, boolean wasm,
            Map<String, String> extraEnv) throws CargoFailure {
        requireToolchain(wasm);
        boolean offline = offline();
        List<String> command = new ArrayList<>();
        command.add(CARGO.toString());
        command.addAll(configFlags(offline, vendorDir(offline), wasm));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(manifestDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(extraEnv);
        environment(builder.environment(), targetDir, wasm);
        int exit;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            builder.redirectOutput(log.toFile());
            Process cargo = builder.start();
            try {
                exit = cargo.waitFor();
            } catch (InterruptedException e) {
                cargo.destroy();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while cargo built " + manifestDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + CARGO + " in " + manifestDir + ": " + e.getMessage(), e);
        }
        if (exit != 0) {
            throw new CargoFailure(firstError(log, exit), log);
        }
    }

    /** The {@code --config} flags (and {@code -Z} flags for wasm32) that come before the caller's arguments. */
    static List<String> configFlags(boolean offline, Path vendor, boolean wasm) {
        List<String> flags = new ArrayList<>();
        if (offline) {
            flags.addAll(List.of(
                    "--config", "source.crates-io.replace-with=\"oxbench-vendor\"",
                    "--config", "source.oxbench-vendor.directory=" + tomlString(vendor.toString()),
                    "--config", "net.offline=true"));
        }
        if (wasm) {
            flags.addAll(List.of(
                    "--config", "profile.release.panic=\"abort\"",
                    "--config", "target." + WASM_TARGET + ".linker=\"" + WASM_LINKER + "\"",
                    "-Zbuild-std=std,panic_abort"));
        } else {
            flags.addAll(List.of("--config", "profile.release.panic=\"unwind\""));
        }
        return flags;
    }

    static void environment(Map<String, String> env, Path targetDir, boolean wasm) {
        env.put("PATH", "/usr/bin:/bin");
        env.put("RUSTC", RUSTC.toString());
        env.put("CARGO_TARGET_DIR", targetDir.toAbsolutePath().toString());
        env.put("CARGO_TERM_COLOR", "never");
        // A user's RUSTFLAGS (e.g. -C target-cpu=native) would apply to wasm32 too and change
        // what is measured without showing up anywhere; oxbench's builds are the same everywhere.
        env.remove("RUSTFLAGS");
        env.remove("CARGO_ENCODED_RUSTFLAGS");
        env.remove("CARGO_BUILD_TARGET");
        if (wasm) {
            env.put("RUSTC_BOOTSTRAP", "1"); // -Zbuild-std on a stable toolchain
            env.put("CARGO_BUILD_TARGET", WASM_TARGET);
        }
    }

    /**
     * Whether builds are offline: {@value #OFFLINE_ENV}{@code =1} or {@code =0} decides; otherwise
     * a TCP connection to index.crates.io:443 is tried once per process (1.5 s at most), and
     * offline means it failed.
     */
    public static boolean offline() {
        return offline(System.getenv(OFFLINE_ENV), Cargo::cratesIoUnreachable);
    }

    static boolean offline(String override, BooleanSupplier unreachable) {
        if (override != null && !override.isBlank()) {
            return switch (override.strip()) {
                case "1", "true", "yes" -> true;
                case "0", "false", "no" -> false;
                default -> throw new IllegalArgumentException(OFFLINE_ENV + "=" + override + " is neither 1 (offline) nor 0 (online)");
            };
        }
        return unreachable.getAsBoolean();
    }

    private static synchronized boolean cratesIoUnreachable() {
        if (probedOffline == null) {
            // The name lookup is not bounded by the connect timeout, so the whole probe gets a deadline.
            FutureTask<Boolean> probe = new FutureTask<>(Cargo::connects);
            Thread.ofVirtual().name("oxbench-crates-io-probe").start(probe);
            try {
                probedOffline = !probe.get(PROBE_TIMEOUT_MILLIS + 500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                probe.cancel(true);
                probedOffline = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                probedOffline = true;
            }
        }
        return probedOffline;
    }

    private static boolean connects() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(CRATES_IO_HOST, 443), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** rust-core's directory source (Debian's crates and std's vendored ones), or null when online. */
    private static Path vendorDir(boolean offline) {
        if (!offline) {
            return null;
        }
        Path vendor = Home.dir().resolve("rust-core/target/vendor");
        if (!Files.isDirectory(vendor)) {
            throw new IllegalStateException("crates.io is not reachable and " + vendor
                    + " (the offline crates rust-core/build.sh collects) is missing: run ./bench setup");
        }
        return vendor;
    }

    private static void requireToolchain(boolean wasm) {
        List<Path> needed = new ArrayList<>(List.of(CARGO, RUSTC));
        if (wasm) {
            needed.add(Path.of("/usr/bin", WASM_LINKER));
        }
        for (Path tool : needed) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: run ./bench setup (it installs Debian's rustc-web, cargo-web, rust-web-src and lld-22)");
            }
        }
    }

    /**
     * The first line of {@code log} that starts with {@code error}, followed by the location line
     * ({@code --> src/lib.rs:4:5}) that rustc prints under it; the exit status when there is none.
     */
    static String firstError(Path log, int exit) {
        List<String> lines;
        try {
            // Leniently decoded: a build script may print anything.
            lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return "cargo exited with status " + exit;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("error")) {
                if (i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("--> ")) {
                    return line + " " + lines.get(i + 1).strip();
                }
                return line;
            }
        }
        return "cargo exited with status " + exit;
    }

    private static String tomlString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
