package oxbench.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.summary.Status;
import oxbench.corpus.FileNodes;
import oxbench.corpus.NodeListInput;
import oxbench.stories.fingerprint.FingerprintStory;
import oxbench.stories.fingerprint.PythonOnCPython;
import oxbench.jmh.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External drivers: their result files, their failures, and the statistics made of their samples. */
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
    void cpythonComputesThePrototypesFingerprintsAndSamplesItsIterations() throws Exception {
        PythonOnCPython cpython = new PythonOnCPython();
        assertEquals(Status.OK, check(cpython).status());
        assertTrue(cpython.runtime().matches("CPython 3\\.\\d+\\.\\d+, separate process \\(python3\\)"), cpython.runtime());

        Path input = dir.resolve("input.json");
        oxbench.results.Json.MAPPER.writeValue(input.toFile(), INPUT);
        DriverResult result = cpython.driver().run(input, dir.resolve("result.json"), 10, 3, 20);
        assertEquals(3, result.samples().size());
        result.samples().forEach(sample -> assertTrue(sample.ops() >= 1 && sample.nanos() >= 20_000_000L, sample.toString()));
        assertTrue(result.runtime().startsWith("CPython "), result.runtime());
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
        String writeGarbage = "import sys; open(sys.argv[sys.argv.index('--result') + 1], 'w').write('fingerprints: lots')";
        CheckResult check = check(pretending("python3", writeGarbage));
        assertEquals(Status.FAILED, check.status());
        assertTrue(check.message().startsWith("failed before timing: the driver wrote no readable result ("), check.message());
    }

    @Test
    void aDriverWithTheWrongOutputMismatches() throws Exception {
        String wrong = "import sys, json; json.dump({'runtime': 'CPython 3', 'output': ['0000000000000001', '0000000000000002'],"
                + " 'samples': []}, open(sys.argv[sys.argv.index('--result') + 1], 'w'))";
        assertEquals(Status.MISMATCH, check(pretending("python3", wrong)).status());
    }

    @Test
    void resultFilesAreCheckedFieldByField() throws Exception {
        Path result = dir.resolve("result.json");
        Files.writeString(result, "{\"runtime\": \"x\", \"output\": []}");
        assertTrue(assertThrows(DriverFailure.class, () -> Driver.read(result)).getMessage().startsWith("the driver's result is not"));
        Files.writeString(result, "{\"runtime\": \"x\", \"output\": [], \"samples\": [{\"ops\": 0, \"nanos\": 5}]}");
        assertEquals("the driver's sample {\"ops\":0,\"nanos\":5} is not {\"ops\" >= 1, \"nanos\" >= 1}",
                assertThrows(DriverFailure.class, () -> Driver.read(result)).getMessage());
        Files.writeString(result, "{\"runtime\": \"x\", \"output\": [1], \"samples\": [{\"ops\": 4, \"nanos\": 10}]}");
        assertEquals(List.of(new DriverResult.Sample(4, 10)), Driver.read(result).samples());
    }

    @Test
    void scoresAreMeansPerUnitWithJmhsStudentTInterval() {
        // Three iterations of 2, 4 and 6 us per operation of 2 units: 1, 2, 3 us per unit.
        List<List<DriverResult.Sample>> forks = List.of(List.of(new DriverResult.Sample(1, 2_000), new DriverResult.Sample(2, 8_000)),
                List.of(new DriverResult.Sample(1, 6_000)));
        Measurement measurement = ExternalRunner.measurement(forks, 2);
        assertEquals(2.0, measurement.score(), 1e-12);
        // t(0.9995, 2 degrees of freedom) = 31.599 (tables), standard deviation 1, n = 3.
        assertEquals(31.599 / Math.sqrt(3), measurement.error(), 1e-3);
        assertEquals(measurement.score() - measurement.error(), measurement.low(), 1e-12);
        assertEquals(2, measurement.forkScores().size());
        assertEquals(3, measurement.samples());
        assertTrue(Double.isNaN(ExternalRunner.measurement(List.of(List.of(new DriverResult.Sample(1, 1000))), 1).error()),
                "one sample has no interval, as in JMH");
    }
}
