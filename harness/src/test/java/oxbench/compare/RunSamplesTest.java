package oxbench.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /** Two forks: fork 1 warmed up inside its measured window (steady from its third measured iteration), fork 2 flat. */
    private static Summary.SteadyState twoForks() {
        return new Summary.SteadyState("warmup", true, List.of(
                new Summary.ForkState("warmup", List.of(5), 5, 3, 8, "capped", "fixed"),
                new Summary.ForkState("flat", List.of(), 0, 3, 7, "steady", "fixed")), null, null);
    }

    @Test
    void aRowWithASteadyStateHasOnlyItsForksSteadySegmentsAsSamples() throws Exception {
        Files.writeString(dir.resolve("jmh-s.json"), """
                [{"params": {"impl": "a@jmh"}, "primaryMetric": {"rawData": [[90.0, 50.0, 11.0, 10.0, 9.0], [10.0, 12.0, 8.0, 10.0]]}}]
                """);
        Files.writeString(dir.resolve("external-s.json"), """
                [{"impl": "b@ext", "units_per_operation": 2, "forks": [
                  [{"ops": 1, "nanos": 180000}, {"ops": 1, "nanos": 100000}, {"ops": 1, "nanos": 22000},
                   {"ops": 1, "nanos": 20000}, {"ops": 1, "nanos": 18000}],
                  [{"ops": 1, "nanos": 20000}, {"ops": 1, "nanos": 24000}, {"ops": 1, "nanos": 16000}, {"ops": 1, "nanos": 20000}]]}]
                """);
        RunSamples samples = new RunSamples(dir);
        ImplementationResult jmh = ImplementationResult.of("a@jmh", "a", "JVM").score(10.0, 1.0, 9.0, 11.0)
                .steadyState(twoForks()).build();
        assertArrayEquals(new double[] {11, 10, 9, 10, 12, 8, 10}, samples.of("s", jmh));
        ImplementationResult external = ImplementationResult.of("b@ext", "b", "node").methodology(ImplementationResult.EXTERNAL)
                .score(10.0, 1.0, 9.0, 11.0).steadyState(twoForks()).build();
        assertArrayEquals(new double[] {11, 10, 9, 10, 12, 8, 10}, samples.of("s", external), 1e-12);
    }

    @Test
    void aRowWithoutASteadyStateAsInRunsBeforeIssue18HasEveryMeasuredIteration() throws Exception {
        Files.writeString(dir.resolve("jmh-s.json"), """
                [{"params": {"impl": "a@jmh"}, "primaryMetric": {"rawData": [[90.0, 50.0, 11.0], [10.0, 12.0]]}}]
                """);
        ImplementationResult old = ImplementationResult.of("a@jmh", "a", "JVM").score(34.6, 1.0, 33.6, 35.6).build();
        assertArrayEquals(new double[] {90, 50, 11, 10, 12}, new RunSamples(dir).of("s", old));
    }

    @Test
    void aSteadyStateWithOtherForksThanTheSampleFileIsAOneLineError() throws Exception {
        Files.writeString(dir.resolve("jmh-s.json"), """
                [{"params": {"impl": "a@jmh"}, "primaryMetric": {"rawData": [[90.0, 50.0, 11.0]]}}]
                """);
        ImplementationResult row = ImplementationResult.of("a@jmh", "a", "JVM").score(10.0, 1.0, 9.0, 11.0)
                .steadyState(twoForks()).build();
        String message = assertThrows(IllegalArgumentException.class, () -> new RunSamples(dir).of("s", row)).getMessage();
        assertTrue(message.contains("has 1 fork(s) of a@jmh but its steady_state in summary.json has 2 (edited?)"), message);
        assertEquals(1, message.lines().count(), message);
    }

    private static void assertMessage(Path run, ImplementationResult row, String contains) {
        String message = assertThrows(IllegalArgumentException.class, () -> new RunSamples(run).of("fingerprint", row))
                .getMessage();
        assertTrue(message.contains(contains), message);
        assertEquals(1, message.lines().count(), message);
    }
}
