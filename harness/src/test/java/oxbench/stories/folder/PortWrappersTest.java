package oxbench.stories.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PyO3 module and the Node-API addon generated around a fixture port (PortFixtures' reverse crate),
 * called by the rows that run them: the same bytes as the port's function, and a panic in the port as
 * the row's failure with the panic's message.
 */
class PortWrappersTest {
    private static final String FUNCTION = ExternalRowsTest.PORT_FUNCTION;

    @TempDir
    Path dir;

    private static PortWrappers.Wrappers wrappers(String language, List<String> said) {
        return PortWrappers.build(PortFixtures.crate("reverse"), FUNCTION, PortFixtures.reverse(), language, said::add);
    }

    private static FolderInput.Port port(PortWrappers.Wrappers built) {
        return new FolderInput.Port(FUNCTION, null, null, "n/a", null, "n/a",
                built.pyo3Module() == null ? null : built.pyo3Module().toString(), built.pyo3Problem(),
                built.napiAddon() == null ? null : built.napiAddon().toString(), built.napiProblem());
    }

    /** The row computes the port's output on every input, and a panic on one input fails it with the panic's message. */
    private void assertCallsThePort(String language, String id, FolderInput.Port port, String failurePrefix) throws Exception {
        var row = ExternalRowsTest.row(language, id);
        ExternalRowsTest.assertCallsThePort(row, language, dir, port, failurePrefix + "the Rust port's " + FUNCTION
                + " panicked: refused input of 4 bytes: boom");
    }

    @Test
    void thePyo3ModuleCallsThePortFromCPythonAndAPanicFailsTheRowWithItsMessage() throws Exception {
        ExternalRowsTest.assumeOnPath("python3");
        PortWrappers.Wrappers built = wrappers("python", new ArrayList<>());
        assertNull(built.pyo3Problem(), built.pyo3Problem());
        assertNotNull(built.pyo3Module());
        assertTrue(built.pyo3Module().startsWith(PortFixtures.cache()), built.pyo3Module().toString());
        assertNull(built.napiAddon());
        assertEquals("only built for a story whose prototype is in JavaScript", built.napiProblem());

        assertCallsThePort("python", "python+rust@pyo3", port(built), "python3 exited with status 1: " + FUNCTION + " on inputs/x: RuntimeError: ");
    }

    @Test
    void theNodeApiAddonCallsThePortFromNodeAndAPanicFailsTheRowWithItsMessage() throws Exception {
        ExternalRowsTest.assumeOnPath("node");
        PortWrappers.Wrappers built = wrappers("javascript", new ArrayList<>());
        assertNull(built.napiProblem(), built.napiProblem());
        assertTrue(Files.isRegularFile(built.napiAddon()), String.valueOf(built.napiAddon()));
        assertTrue(built.napiAddon().toString().endsWith(".node"));
        assertNull(built.pyo3Module());

        assertCallsThePort("javascript", "js+rust@napi", port(built), "node exited with status 1: " + FUNCTION + " on inputs/x: Error: ");
    }

    @Test
    void aWrapperIsBuiltAgainOnlyWhenWhatItIsBuiltFromChanges() {
        ExternalRowsTest.assumeOnPath("node");
        PortWrappers.Wrappers first = wrappers("javascript", new ArrayList<>());
        List<String> said = new ArrayList<>();
        PortWrappers.Wrappers second = wrappers("javascript", said);
        assertEquals(first, second);
        assertEquals(List.of(), said, "nothing changed, so cargo did not run");
        PortWrappers.Wrappers other = PortWrappers.build(PortFixtures.crate("reverse"), "reverse", PortFixtures.reverse(), "javascript", said::add);
        assertNull(other.napiProblem(), other.napiProblem());
        assertEquals(1, said.size(), "another function is other generated code: " + said);
        assertTrue(said.getFirst().startsWith("building the Node-API addon around the Rust port in "), said.getFirst());
    }

    @Test
    void aWrapperThatCannotBeBuiltIsOneLineForItsRowAndIsNotTriedAgain() throws Exception {
        // The does-not-compile fixture, as if its native build had succeeded into a cache of this test's own.
        Path crate = PortFixtures.crate("does-not-compile");
        BuiltPort pretended = new BuiltPort(dir.resolve("ports/x/target/release/libx.so"), null, "n/a", true, "0");
        List<String> said = new ArrayList<>();
        PortWrappers.Wrappers failed = PortWrappers.build(crate, "reverse", pretended, "javascript", said::add);
        assertNull(failed.napiAddon());
        String problem = failed.napiProblem();
        assertTrue(problem.startsWith("the Node-API addon around the Rust port did not build: error"), problem);
        assertTrue(problem.contains("cargo's whole log: " + dir.resolve("ports/x/wrappers/napi.log")), problem);
        assertEquals(1, problem.lines().count(), problem);
        assertEquals(1, said.size());

        said.clear();
        assertEquals(failed, PortWrappers.build(crate, "reverse", pretended, "javascript", said::add));
        assertEquals(List.of(), said, "the failure was kept with the stamp");
    }

    @Test
    void aFunctionNameThatIsNoRustIdentifierGeneratesNothing() {
        BuiltPort pretended = new BuiltPort(dir.resolve("ports/x/target/release/libx.so"), null, "n/a", true, "0");
        PortWrappers.Wrappers refused = PortWrappers.build(PortFixtures.crate("reverse"), "x(); }", pretended, "python", line -> {});
        assertNull(refused.pyo3Module());
        assertEquals("the port's function 'x(); }' is not a Rust identifier, so no PyO3 module is generated for it", refused.pyo3Problem());
        assertTrue(Files.notExists(dir.resolve("ports/x/wrappers")));
    }

    @Test
    void theGeneratedManifestDependsOnThePortByPathAndTakesItsProfile() throws Exception {
        Path crate = Files.createDirectories(dir.resolve("crate"));
        Files.writeString(crate.resolve("Cargo.toml"), """
                [package]
                name = "my-port"
                version = "0.1.0"

                [profile.release]
                opt-level = 2
                lto = "fat"
                """);
        String manifest = PortWrappers.cargoToml(PortWrappers.Kind.PYO3, crate);
        var toml = new com.fasterxml.jackson.dataformat.toml.TomlMapper().readTree(manifest);
        assertEquals("my-port", toml.at("/dependencies/port/package").asText());
        assertEquals(crate.toString(), toml.at("/dependencies/port/path").asText());
        assertEquals("0.17", toml.at("/dependencies/pyo3/version").asText());
        assertEquals("cdylib", toml.at("/lib/crate-type/0").asText());
        assertEquals(PortWrappers.PYO3_MODULE, toml.at("/lib/name").asText());
        assertEquals(2, toml.at("/profile/release/opt-level").asInt());
        assertEquals("fat", toml.at("/profile/release/lto").asText());
        assertTrue(toml.has("workspace"), manifest);
        assertTrue(PortWrappers.cargoToml(PortWrappers.Kind.NAPI, crate).contains("oxbench_port_napi"));
    }
}
