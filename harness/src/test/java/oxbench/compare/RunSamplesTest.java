package oxbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import oxbench.history.RunHistory;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw samples read from a real recorded run: JMH's rows from jmh-<story>.json, external rows from external-<story>.json. */
class RunSamplesTest {
    @TempDir
    Path dir;

    @Test
    void everyMeasuredRowOfARecordedRunHasSamplesThatAverageToItsScore() throws Exception {
        Path run = RecordedRun.copyInto(dir);
        Summary summary = new RunHistory(dir).open(run.toString()).summary();
        RunSamples samples = new RunSamples(run);
        List<String> methodologies = new ArrayList<>();
        for (Summary.StoryResult story : summary.stories()) {
            for (ImplementationResult row : story.implementations()) {
                if (row.measured()) {
                    double[] of = samples.of(story.story(), row);
                    assertEquals(row.samples(), of.length, row.impl());
                    assertEquals(row.score(), StatUtils.mean(of), 1e-9 * row.score(), row.impl());
                    methodologies.add(story.story() + " " + row.methodology());
                }
            }
        }
        assertTrue(methodologies.containsAll(List.of("fingerprint jmh", "fingerprint external-driver", "patterns jmh",
                "patterns external-driver")), "the recorded run has rows of both kinds in both stories: " + methodologies);
    }

    @Test
    void aBrokenExternalFileIsAOneLineError() throws Exception {
        Path run = RecordedRun.copyInto(dir);
        Summary summary = new RunHistory(dir).open(run.toString()).summary();
        ImplementationResult cpython = summary.stories().getFirst().implementations().stream()
                .filter(row -> row.impl().equals("python@cpython")).findFirst().orElseThrow();
        Path external = run.resolve("external-fingerprint.json");
        String json = Files.readString(external);

        Files.writeString(external, json.substring(0, json.length() / 2));
        assertMessage(run, cpython, "external-fingerprint.json is not valid external-driver JSON (truncated or edited?)");
        Files.writeString(external, json.replaceFirst("\"ops\" : \\d+", "\"ops\" : 0"));
        assertMessage(run, cpython, "external-fingerprint.json: an iteration of python@cpython is not {\"ops\": positive");
        Files.writeString(external, json.replace("python@cpython", "python@elsewhere"));
        assertMessage(run, cpython, "external-fingerprint.json has no samples of python@cpython (edited?)");
        Files.delete(external);
        assertMessage(run, cpython, "external-fingerprint.json is missing");
    }

    private static void assertMessage(Path run, ImplementationResult row, String contains) {
        String message = assertThrows(IllegalArgumentException.class, () -> new RunSamples(run).of("fingerprint", row))
                .getMessage();
        assertTrue(message.contains(contains), message);
        assertEquals(1, message.lines().count(), message);
    }
}
