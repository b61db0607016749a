package oxbench.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import oxbench.jmh.ForkSeries;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.progress.Progress;
import oxbench.results.Json;
import oxbench.steady.Stopping;
import oxbench.steady.StoppingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner drives fake drivers (a small Python program answering {@code iterate} from a schedule
 * of iteration times, one per process it is started as), so that every decision of the stopping
 * rule is made on a known series; the times are the schedule's, not the clock's.
 */
class ExternalRunnerTest {
    /** Two operations of two units per iteration: a score of nanos / 4000 us per unit. */
    private static final int UNITS = 2;

    /**
     * Answers the n-th {@code iterate} of its k-th process with {@code forks[k][n]} nanoseconds
     * (the last of a list repeating), or fails at the iteration {@code fail_at}.
     */
    private static final String FAKE_DRIVER = """
            import json, os, sys
            schedule_file = sys.argv[1]
            schedule = json.load(open(schedule_file))
            started = schedule_file + '.started'
            fork = len(open(started).read()) if os.path.exists(started) else 0
            open(started, 'a').write('x')
            json.dump({'runtime': 'Fake 1.0', 'output': []}, open(sys.argv[sys.argv.index('--result') + 1], 'w'))
            print('ready', flush=True)
            times = schedule['forks'][min(fork, len(schedule['forks']) - 1)]
            for i, line in enumerate(sys.stdin):
                if line.split() == ['end']:
                    break
                if schedule.get('fail_at') == i:
                    print('boom at iteration %d' % i, file=sys.stderr)
                    sys.exit(1)
                print(json.dumps({'ops': 2, 'nanos': times[min(i, len(times) - 1)]}), flush=True)
            """;

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();
    private final Progress progress = new Progress() {
        @Override
        public void note(String line) {
            notes.add(line);
        }

        @Override
        public void step(Step step) {}

        @Override
        public void done() {}
    };

    /** A fixed rule: {@code warmup} warm-up and {@code measured} measured iterations, {@code minForks} to {@code maxForks} forks. */
    private static StoppingRule fixed(int warmup, int measured, int minForks, int maxForks) {
        return new StoppingRule(warmup, 0, 0, 0, 0, measured, 1, 1, 0, minForks, maxForks);
    }

    private static MeasurementPlan plan(StoppingRule rule) {
        return new MeasurementPlan("quick", "adaptive", 10, 20, rule);
    }

    private ExternalImplementation<Object> fake(String id, Map<String, Object> schedule) throws Exception {
        Path script = dir.resolve("fake_driver.py");
        Files.writeString(script, FAKE_DRIVER);
        Path scheduleFile = dir.resolve(id.replace('@', '-') + ".json");
        Json.MAPPER.writeValue(scheduleFile.toFile(), schedule);
        Driver driver = new Driver("python3", List.of(script.toString(), scheduleFile.toString()), version -> version, "install it");
        return new ExternalImplementation<>(id, "python", driver) {
            @Override
            protected Object output(JsonNode output, Object input) {
                return output;
            }
        };
    }

    private JmhRunner.Outcome run(Map<ExternalImplementation<?>, MeasurementPlan> impls) throws Exception {
        Path input = dir.resolve("input.json");
        Files.writeString(input, "{}");
        return ExternalRunner.run("fake", impls, input, UNITS, dir.resolve("external-fake.json"), progress, outcome -> {});
    }

    private JsonNode recorded() throws Exception {
        return Json.MAPPER.readTree(dir.resolve("external-fake.json").toFile());
    }

    private static List<Long> nanos(JsonNode iterations) {
        return StreamSupport.stream(iterations.spliterator(), false).map(sample -> {
            assertEquals(2, sample.get("ops").asInt());
            return sample.get("nanos").asLong();
        }).toList();
    }

    private static double score(long nanos) {
        return ExternalRunner.score(new DriverResult.Sample(2, nanos), UNITS);
    }

    @Test
    void fixedCountsRunExactlyThoseIterationsAndTheFileKeepsEveryOneWarmupIncluded() throws Exception {
        List<Long> first = List.of(90_000L, 80_000L, 70_000L, 20_000L, 20_040L, 19_960L, 20_000L);
        List<Long> second = List.of(60_000L, 50_000L, 40_000L, 20_020L, 19_980L, 20_000L, 20_010L);
        ExternalImplementation<Object> impl = fake("python@fake", Map.of("forks", List.of(first, second)));
        JmhRunner.Outcome outcome = run(Map.of(impl, plan(fixed(3, 4, 2, 2))));

        JsonNode record = recorded().get(0);
        assertEquals("python@fake", record.get("impl").asText());
        assertEquals("Fake 1.0", record.get("runtime").asText());
        assertEquals(List.of(first.subList(3, 7), second.subList(3, 7)),
                List.of(nanos(record.get("forks").get(0)), nanos(record.get("forks").get(1))), "forks: the measured iterations");
        for (int fork = 0; fork < 2; fork++) {
            JsonNode series = record.get("series").get(fork);
            assertEquals(List.of(first, second).get(fork).subList(0, 3), nanos(series.get("warmup")));
            assertEquals("fixed", series.get("warmup_end").asText());
            assertEquals("fixed", series.get("measurement_end").asText());
        }

        Measurement measurement = outcome.measured().get("python@fake");
        assertEquals(2, measurement.steadyState().forks().size());
        measurement.steadyState().forks().forEach(fork -> {
            assertEquals(3, fork.measuredFrom());
            assertEquals(7, fork.iterations());
        });
        double[] measured = measurement.forkScores().stream().flatMapToDouble(Arrays::stream).toArray();
        assertTrue(measured.length >= 2, "a steady segment of the measured iterations is scored");
        assertTrue(Arrays.stream(measured).allMatch(score -> score >= score(19_960) && score <= score(20_040)),
                "scores are the measured iterations' us per unit: " + Arrays.toString(measured));
        assertTrue(notes.get(0).startsWith("  python@fake: process 1: 3 x 0.01 s warm-up, 4 x 0.02 s measured, "), notes.get(0));
    }

    @Test
    void noWarmupRunsNoWarmupIteration() throws Exception {
        ExternalImplementation<Object> impl = fake("python@fake", Map.of("forks", List.of(List.of(1_000L, 1_010L, 990L))));
        run(Map.of(impl, plan(fixed(0, 3, 1, 1))));
        JsonNode record = recorded().get(0);
        assertEquals(List.of(1_000L, 1_010L, 990L), nanos(record.get("forks").get(0)));
        assertEquals(0, record.get("series").get(0).get("warmup").size());
        assertEquals("fixed", record.get("series").get(0).get("warmup_end").asText());
        assertTrue(notes.get(0).startsWith("  python@fake: process 1: no warm-up, 3 x 0.02 s measured, "), notes.get(0));
    }

    @Test
    void warmupEndsWhenTheStoppingRuleSaysSo() throws Exception {
        // 800, 700, ..., 200 ms (still warming up), then about 100 ms for good
        List<Long> times = new ArrayList<>();
        IntStream.rangeClosed(2, 8).map(i -> 10 - i).forEach(tenths -> times.add(tenths * 100_000_000L));
        for (int i = 0; i < 60; i++) {
            times.add(100_000_000L + (i % 3 - 1) * 1_000_000L);
        }
        StoppingRule rule = new StoppingRule(null, 0, 30, 1, 5, 5, 0.02, 1, 0, 1, 1);
        ExternalImplementation<Object> impl = fake("python@fake", Map.of("forks", List.of(times)));
        run(Map.of(impl, plan(rule)));

        // what the rule decides over the same series, fed as the runner must feed it
        Stopping mirror = plan(rule).stopping(new double[0]);
        int warmups = 0;
        boolean done = false;
        while (!done) {
            long nanos = times.get(Math.min(warmups, times.size() - 1));
            warmups++;
            done = mirror.warmupDone(score(nanos), nanos / 1e9);
        }
        JsonNode series = recorded().get(0).get("series").get(0);
        assertEquals(times.subList(0, warmups), nanos(series.get("warmup")), "warm-up ran until the rule ended it, and no longer");
        assertEquals(mirror.warmupEnd().name().toLowerCase(Locale.ROOT), series.get("warmup_end").asText());
        assertEquals("steady", series.get("warmup_end").asText());
        assertTrue(warmups > 7, "warm-up did not end while the times still fell: " + warmups);
        assertEquals(times.subList(warmups, warmups + 5), nanos(recorded().get(0).get("forks").get(0)));
        assertTrue(notes.get(0).startsWith("  python@fake: process 1: warm-up steady after " + warmups + " x 0.01 s, 5 x 0.02 s measured"),
                notes.get(0));
    }

    @Test
    void forksAreAddedWhileTheyDisagreeAndNotWhenTheyAgree() throws Exception {
        List<Long> fast = List.of(10_000L, 10_010L, 9_990L, 10_000L, 10_020L, 9_980L);
        List<Long> slow = List.of(30_000L, 30_030L, 29_970L, 30_000L, 30_060L, 29_940L);
        StoppingRule rule = fixed(0, 6, 2, 4);

        ExternalImplementation<Object> agreeing = fake("agree@fake", Map.of("forks", List.of(fast)));
        ExternalImplementation<Object> disagreeing = fake("disagree@fake", Map.of("forks", List.of(fast, slow)));
        Map<ExternalImplementation<?>, MeasurementPlan> impls = new LinkedHashMap<>();
        impls.put(agreeing, plan(rule));
        impls.put(disagreeing, plan(rule));
        run(impls);

        assertEquals(2, recorded().get(0).get("forks").size(), "forks that agree need no more than the minimum");
        int forks = recorded().get(1).get("forks").size();
        assertTrue(forks > 2, "a second fork that disagrees with the first gets another: " + forks);
        // and exactly as many as the rule asks for over the forks' steady samples
        List<ForkSeries> series = new ArrayList<>();
        List<double[]> steady = List.of();
        int expected = 0;
        while (Stopping.anotherFork(rule, steady)) {
            List<Long> times = expected == 0 ? fast : slow;
            series.add(new ForkSeries(times.stream().mapToDouble(ExternalRunnerTest::score).toArray(), 0, "fixed", "fixed"));
            steady = Measurement.of(series, "us/op", null, Map.of()).forkScores();
            expected++;
        }
        assertEquals(expected, forks);
    }

    @Test
    void aFailingDriverFailsOnlyItsRowAndKeepsWhatItRan() throws Exception {
        ExternalImplementation<Object> broken = fake("broken@fake", Map.of("forks", List.of(List.of(5_000L)), "fail_at", 2));
        ExternalImplementation<Object> working = fake("working@fake", Map.of("forks", List.of(List.of(5_000L, 5_010L, 4_990L, 5_000L))));
        Map<ExternalImplementation<?>, MeasurementPlan> impls = new LinkedHashMap<>();
        impls.put(broken, plan(fixed(1, 3, 1, 1)));
        impls.put(working, plan(fixed(1, 3, 1, 1)));
        JmhRunner.Outcome outcome = run(impls);

        assertEquals(Map.of("broken@fake", "python3 exited with status 1: boom at iteration 2"), outcome.failures());
        assertEquals(List.of("working@fake"), List.copyOf(outcome.measured().keySet()));
        JsonNode brokenRecord = recorded().get(0);
        assertEquals(List.of(5_000L), nanos(brokenRecord.get("series").get(0).get("warmup")));
        assertEquals(List.of(5_000L), nanos(brokenRecord.get("forks").get(0)), "the iterations before the failure are kept");
        assertTrue(brokenRecord.get("series").get(0).get("measurement_end").isNull(), "its measuring did not end by the rule");
        assertEquals(3, recorded().get(1).get("forks").get(0).size());
        assertTrue(notes.contains("  broken@fake: failed: python3 exited with status 1: boom at iteration 2"), notes.toString());
    }
}
