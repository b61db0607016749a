package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortBuildTest {
    @Test
    void buildsBothTargetsIntoTheCacheAndOnlyACargoLockIntoTheCrate() throws IOException {
        BuiltPort built = PortFixtures.reverse();
        Path ports = PortFixtures.cache().resolve("ports");
        assertTrue(built.nativeLibrary().startsWith(ports), built.nativeLibrary().toString());
        assertTrue(built.nativeLibrary().getParent().getParent().getParent().getFileName().toString()
                .matches("reverse-port-[0-9a-f]{12}"), built.nativeLibrary().toString());
        assertTrue(Files.isRegularFile(built.nativeLibrary()));
        assertTrue(Files.isRegularFile(built.wasmModule()));
        assertTrue(built.wasmModule().startsWith(ports));
        assertNull(built.wasmProblem());
        try (Stream<Path> files = Files.list(PortFixtures.crate("reverse"))) {
            assertEquals(List.of("Cargo.lock", "Cargo.toml", "src"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
        assertTrue(built.sourceDigest().matches("[0-9a-f]{64}"));
    }

    @Test
    void aSecondBuildWithNothingChangedSkipsCargo() {
        PortFixtures.reverse();
        BuiltPort first = PortFixtures.build("reverse", "reverse"); // up to date, or rebuilt after a change by another test
        PortFixtures.progress.clear();
        BuiltPort second = PortFixtures.build("reverse", "reverse_unless_boom");
        assertFalse(second.rebuilt());
        assertEquals(List.of(), PortFixtures.progress, "no build, so no progress line");
        assertEquals(first.nativeLibrary(), second.nativeLibrary());
        assertEquals(first.wasmModule(), second.wasmModule());
        assertEquals(first.sourceDigest(), second.sourceDigest());
    }

    @Test
    void aChangedSourceFileRebuilds() throws IOException {
        BuiltPort before = PortFixtures.reverse();
        Files.writeString(PortFixtures.crate("reverse").resolve("src/lib.rs"), "\n// changed by PortBuildTest\n",
                StandardOpenOption.APPEND);
        PortFixtures.progress.clear();
        BuiltPort after = PortFixtures.build("reverse", "reverse");
        assertTrue(after.rebuilt());
        assertEquals(List.of("building the Rust port in " + PortFixtures.crate("reverse") + " (native, wasm32)..."),
                PortFixtures.progress);
        assertNotEquals(before.sourceDigest(), after.sourceDigest());
        assertFalse(PortFixtures.build("reverse", "reverse").rebuilt(), "and then it is up to date again");
        try (PortNative port = new PortNative(after.nativeLibrary(), "reverse")) {
            assertArrayEquals(PortNativeTest.bytes("cba"), port.call(PortNativeTest.bytes("abc")));
        }
    }

    @Test
    void aNativeCompileErrorIsOneLineNamingTheCrateAndTheLog() throws IOException {
        Path crate = PortFixtures.crate("does-not-compile");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PortFixtures.build("does-not-compile", "reverse"));
        Matcher line = Pattern.compile("the Rust port in " + Pattern.quote(crate.toString())
                + " does not compile: (error\\[E0308\\]: mismatched types --> src/lib\\.rs:4:5); the compiler's whole log: (\\S+)")
                .matcher(e.getMessage());
        assertTrue(line.matches(), e.getMessage());
        Path log = Path.of(line.group(2));
        assertTrue(Files.readString(log).contains("error[E0308]: mismatched types"), log.toString());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aWasmOnlyFailureKeepsTheNativeLibraryAndSaysWhy() throws IOException {
        BuiltPort built = PortFixtures.build("native-only", "reverse");
        assertNull(built.wasmModule());
        Matcher line = Pattern.compile("the Rust port in " + Pattern.quote(PortFixtures.crate("native-only").toString())
                + " does not compile for wasm32: error: this port needs threads, which wasm32 does not have"
                + " --> src/lib\\.rs:\\d+:\\d+; the compiler's whole log: (\\S+)").matcher(built.wasmProblem());
        assertTrue(line.matches(), built.wasmProblem());
        assertTrue(Files.readString(Path.of(line.group(1))).contains("this port needs threads"));
        try (PortNative port = new PortNative(built.nativeLibrary(), "reverse")) {
            assertArrayEquals(PortNativeTest.bytes("ba"), port.call(PortNativeTest.bytes("ab")));
        }
        BuiltPort again = PortFixtures.build("native-only", "reverse");
        assertFalse(again.rebuilt());
        assertEquals(built.wasmProblem(), again.wasmProblem(), "the stamp keeps the wasm32 failure");
    }

    @Test
    void aWasmModuleWithoutTheExportIsAWasmProblem() {
        BuiltPort built = PortFixtures.build("wasm-lacks-export", "reverse");
        assertNull(built.wasmModule());
        assertEquals(PortFixtures.crate("wasm-lacks-export") + "'s wasm32 build exports no oxbench_port_call_reverse"
                + " (add oxbench_port::export!(reverse); to its lib.rs, outside any #[cfg] that leaves out wasm32)",
                built.wasmProblem());
        try (PortNative port = new PortNative(built.nativeLibrary(), "reverse")) {
            assertArrayEquals(PortNativeTest.bytes("ba"), port.call(PortNativeTest.bytes("ab")), "a cdylib, though Cargo.toml says rlib");
        }
    }

    @Test
    void aMissingExportIsOneLineNamingTheSymbol() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortFixtures.build("other-name", "reverse"));
        assertEquals(PortFixtures.crate("other-name")
                + " exports no oxbench_port_call_reverse (add oxbench_port::export!(reverse); to its lib.rs)", e.getMessage());
    }

    @Test
    void anotherAbiVersionIsOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortFixtures.build("abi-v2", "reverse"));
        assertEquals(PortFixtures.crate("abi-v2") + " exports port ABI version 2, but oxbench calls version 1"
                + " (build it with the oxbench-port crate of this oxbench, or see docs/port-abi.md)", e.getMessage());
    }

    @Test
    void aFolderWithoutCargoTomlIsOneLine(@TempDir Path empty) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PortBuild.build(empty, "reverse", line -> {}, PortFixtures.cache()));
        assertEquals(empty.toAbsolutePath() + " has no Cargo.toml: the Rust port is a Cargo crate (see docs/port-abi.md)", e.getMessage());
    }

    @Test
    void theLibraryIsNamedAfterThePackageWithoutALibSection(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("Cargo.toml");
        Files.writeString(manifest, "[package]\nname = \"word-freq\"\nversion = \"0.1.0\"\n");
        assertEquals("word-freq", PortBuild.packageName(manifest));
        assertEquals("word_freq", PortBuild.libName(manifest));
        Files.writeString(manifest, "[package]\nname = \"word-freq\"\n[lib]\nname = \"wf\"\n");
        assertEquals("wf", PortBuild.libName(manifest));
        Files.writeString(manifest, "[workspace]\nmembers = []\n");
        assertThrows(IllegalArgumentException.class, () -> PortBuild.packageName(manifest));
        Files.writeString(manifest, "[package\nname = 1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortBuild.packageName(manifest));
        assertTrue(e.getMessage().startsWith(manifest + " is not valid TOML: "), e.getMessage());
    }

    @Test
    void theWasmExportSectionIsRead() {
        List<String> names = new ArrayList<>(PortBuild.wasmExports(PortFixtures.reverse().wasmModule()));
        assertTrue(names.containsAll(List.of("memory", "oxbench_port_abi_version", "oxbench_port_alloc", "oxbench_port_free",
                "oxbench_port_call_reverse", "oxbench_port_call_reverse_unless_boom", "oxbench_port_panic_message")), names.toString());
    }
}
