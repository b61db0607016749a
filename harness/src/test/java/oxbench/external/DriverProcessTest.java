package oxbench.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A driver session over the stepped protocol, with small Python programs standing in for drivers. */
class DriverProcessTest {
    /** Writes the result file and says ready: the common start of the fake drivers. */
    private static final String READY = """
            import sys, json
            result = sys.argv[sys.argv.index('--result') + 1]
            json.dump({'runtime': 'Fake 1.0', 'output': ['x']}, open(result, 'w'))
            print('ready', flush=True)
            """;

    @TempDir
    Path dir;

    private DriverProcess start(String python) throws Exception {
        Driver driver = new Driver("python3", List.of("-c", python), version -> version, "install it");
        return driver.start(dir.resolve("input.json"), dir.resolve("result.json"));
    }

    @Test
    void readyGivesTheResultFileThenEveryIterateIsAnsweredAndEndEndsTheDriver() throws Exception {
        String driver = READY + """
                for line in sys.stdin:
                    words = line.split()
                    if words == ['end']:
                        open(result + '.ended', 'w').write('end')
                        break
                    print(json.dumps({'ops': 3, 'nanos': int(words[1]) * 1000000 + 7}), flush=True)
                """;
        DriverProcess process = start(driver);
        try (process) {
            DriverResult result = process.ready(Duration.ofSeconds(60));
            assertEquals("Fake 1.0", result.runtime());
            assertEquals("[\"x\"]", result.output().toString());
            assertEquals(new DriverResult.Sample(3, 5_000_007), process.iterate(5));
            assertEquals(new DriverResult.Sample(3, 7), process.iterate(0));
        }
        assertFalse(process.alive());
        assertTrue(Files.exists(dir.resolve("result.json.ended")), "close sent end");
    }

    @Test
    void aDriverThatDiesMidwayFailsWithItsLastErrorLine() throws Exception {
        String driver = READY + """
                sys.stdin.readline()
                print('working', file=sys.stderr)
                print('MemoryError: out of cheese', file=sys.stderr)
                sys.exit(4)
                """;
        try (DriverProcess process = start(driver)) {
            process.ready(Duration.ofSeconds(60));
            assertEquals("python3 exited with status 4: MemoryError: out of cheese",
                    assertThrows(DriverFailure.class, () -> process.iterate(1)).getMessage());
        }
    }

    @Test
    void aDriverThatExitsBeforeReadyFailsSayingSo() throws Exception {
        try (DriverProcess process = start("pass")) {
            assertEquals("python3 exited before it would say ready: (nothing on stderr)",
                    assertThrows(DriverFailure.class, () -> process.ready(Duration.ofSeconds(60))).getMessage());
        }
    }

    @Test
    void aGarbageLineFailsSayingWhatCame() throws Exception {
        assertAnswerFails("fast, very fast", "python3 answered iterate with \"fast, very fast\", not {\"ops\" >= 1, \"nanos\" >= 1}");
        assertAnswerFails("{\"ops\": 0, \"nanos\": 5}",
                "python3 answered iterate with \"{\"ops\": 0, \"nanos\": 5}\", not {\"ops\" >= 1, \"nanos\" >= 1}");
    }

    /** A driver that answers its first iterate with {@code answer} fails with {@code message}. */
    private void assertAnswerFails(String answer, String message) throws Exception {
        String driver = READY + "sys.stdin.readline()\nprint(" + pythonString(answer) + ", flush=True)\nsys.stdin.readline()\n";
        try (DriverProcess process = start(driver)) {
            process.ready(Duration.ofSeconds(60));
            assertEquals(message, assertThrows(DriverFailure.class, () -> process.iterate(1)).getMessage());
        }
    }

    private static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void somethingOtherThanReadyFails() throws Exception {
        try (DriverProcess process = start("print('hello', flush=True); import sys; sys.stdin.read()")) {
            assertEquals("python3 said \"hello\" where the protocol says ready",
                    assertThrows(DriverFailure.class, () -> process.ready(Duration.ofSeconds(60))).getMessage());
        }
    }

    @Test
    void aDriverThatNeverSaysReadyIsKilledAtTheTimeout() throws Exception {
        try (DriverProcess process = start("import time; time.sleep(600)")) {
            assertEquals("python3 did not say ready within 0.2 s",
                    assertThrows(DriverFailure.class, () -> process.ready(Duration.ofMillis(200))).getMessage());
            assertFalse(process.alive());
        }
    }

    @Test
    void resultFilesAreCheckedFieldByField() throws Exception {
        Path result = dir.resolve("result.json");
        Files.writeString(result, "{\"runtime\": \"x\"}");
        assertEquals("the driver's result is not {\"runtime\", \"output\"}: {\"runtime\":\"x\"}",
                assertThrows(DriverFailure.class, () -> DriverProcess.read(result)).getMessage());
        Files.writeString(result, "fingerprints: lots");
        assertTrue(assertThrows(DriverFailure.class, () -> DriverProcess.read(result)).getMessage()
                .startsWith("the driver wrote no readable result ("));
        Files.writeString(result, "{\"runtime\": \"x\", \"output\": [1]}");
        assertEquals(new DriverResult("x", oxbench.results.Json.MAPPER.readTree("[1]")), DriverProcess.read(result));
    }
}
