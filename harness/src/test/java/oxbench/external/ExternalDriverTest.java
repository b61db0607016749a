package oxbench.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.corpus.FileNodes;
import oxbench.corpus.NodeListInput;
import oxbench.stories.fingerprint.FingerprintStory;
import oxbench.stories.fingerprint.PythonOnCPython;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External drivers: the CPython driver in the stepped protocol, and how a row fails when its driver does. */
class ExternalDriverTest {
    private static final FingerprintStory STORY = new FingerprintStory();
    private static final NodeListInput INPUT = new NodeListInput("test",
            List.of(new FileNodes("a.py", 1, List.of("Module", "Expr")), new FileNodes("b.py", 1, List.of())), List.of());

    @TempDir
    Path dir;

    /** A fingerprint implementation whose "driver" is a line of Python standing in for a broken runtime. */
    private static ExternalImplementation<NodeListInput> pretending(String program, String python) {
        Driver driver = new Driver(program, List.of("-c", python), version -> version, "install it");
        return new ExternalImplementation<>("broken@cpython", "python", driver) {
            @Override
            protected Object output(JsonNode output, NodeListInput input) {
                return PythonOnCPython.fingerprints(output);
            }
        };
    }

    private static CheckResult check(ExternalImplementation<NodeListInput> impl) throws Exception {
        return OutputCheck.check(STORY, impl, INPUT, OutputCheck.expected(STORY, INPUT));
    }

    @Test
    void cpythonComputesThePrototypesFingerprintsAndAnswersEachIterationInTheSteppedProtocol() throws Exception {
        PythonOnCPython cpython = new PythonOnCPython();
        assertEquals(Status.OK, check(cpython).status());
        assertTrue(cpython.runtime().matches("CPython 3\\.\\d+\\.\\d+, separate process \\(python3\\)"), cpython.runtime());

        Path input = dir.resolve("input.json");
        oxbench.results.Json.MAPPER.writeValue(input.toFile(), INPUT);
        DriverProcess process = cpython.driver().start(input, dir.resolve("result.json"));
        try (process) {
            DriverResult result = process.ready(Duration.ofSeconds(60));
            assertTrue(result.runtime().startsWith("CPython "), result.runtime());
            assertEquals(2, result.output().size());
            for (int millis : new int[] {20, 20, 0}) {
                DriverResult.Sample sample = process.iterate(millis);
                assertTrue(sample.ops() >= 1 && sample.nanos() >= millis * 1_000_000L, sample.toString());
            }
        }
        assertFalse(process.alive(), "end ended it");
    }

    @Test
    void aMissingRuntimeMakesItsRowUnavailableWithHowToGetIt() throws Exception {
        CheckResult check = check(pretending("oxbench-no-such-runtime", "pass"));
        assertEquals(Status.UNAVAILABLE, check.status());
        assertEquals("oxbench-no-such-runtime is not installed (not on the PATH); install it", check.message());
        assertTrue(!Status.UNAVAILABLE.failure(), "the rest of the run stands");
    }

    @Test
    void aDriverThatWasNotBuiltMakesItsRowUnavailable() throws Exception {
        CheckResult check = check(pretending(dir.resolve("rust-core/target/go/oxbench-go-driver").toString(), "pass"));
        assertEquals(Status.UNAVAILABLE, check.status());
        assertTrue(check.message().endsWith("oxbench-go-driver is not built; install it"), check.message());
    }

    @Test
    void aCrashingDriverFailsWithItsLastErrorLine() throws Exception {
        CheckResult check = check(pretending("python3", "import sys; print('warming', file=sys.stderr); print('boom: out of cheese', file=sys.stderr); sys.exit(3)"));
        assertEquals(Status.FAILED, check.status());
        assertEquals("failed before timing: python3 exited with status 3: boom: out of cheese", check.message());
    }

    @Test
    void aDriverThatPrintsGarbageFailsSayingWhatWasWrong() throws Exception {
        String writeGarbage = "import sys; open(sys.argv[sys.argv.index('--result') + 1], 'w').write('fingerprints: lots');"
                + " print('ready', flush=True); sys.stdin.read()";
        CheckResult check = check(pretending("python3", writeGarbage));
        assertEquals(Status.FAILED, check.status());
        assertTrue(check.message().startsWith("failed before timing: the driver wrote no readable result ("), check.message());
    }

    @Test
    void aDriverWithTheWrongOutputMismatches() throws Exception {
        String wrong = "import sys, json; json.dump({'runtime': 'CPython 3', 'output': ['0000000000000001', '0000000000000002']},"
                + " open(sys.argv[sys.argv.index('--result') + 1], 'w')); print('ready', flush=True); sys.stdin.read()";
        assertEquals(Status.MISMATCH, check(pretending("python3", wrong)).status());
    }

    @Test
    void anIterationScoresItsTimePerUnitOfWorkInMicroseconds() {
        // 3 operations of 2 units in 12 us: 2 us per unit.
        assertEquals(2.0, ExternalRunner.score(new DriverResult.Sample(3, 12_000), 2), 1e-12);
    }
}
