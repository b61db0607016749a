package oxbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import oxbench.env.Scratch;
import oxbench.results.Json;
import oxbench.summary.Summary;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI, through the ./bench launcher, in quick mode on a small corpus. Each run takes the
 * machine-wide run lock like any other, so these tests wait (not fail) while another oxbench run measures.
 * They test what a run does, not how fast: most measure one warm-up and three iterations per fork, the
 * fewest that still give every row an interval (JMH gives none below three), so that the whole suite stays within CI's 20 minutes.
 */
class EndToEndIT {
    private static final List<String> IMPLEMENTATIONS =
            List.of("python@graalpy", "rust@ffm", "rust@graalwasm", "python+rust@ffm", "python+rust@graalwasm", "python@cpython",
                    "python+rust@pyo3", "go@go", "go+rust@cgo");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {}

    private static Outcome bench(Path workDir, String... args) throws IOException, InterruptedException {
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = start(out, err, args);
        finish(process, err, args);
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Starts {@code ./bench args}, its output going to the two files. */
    private static Process start(Path out, Path err, String... args) throws IOException {
        Path home = Path.of(System.getProperty("oxbench.home"));
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bench").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Folder stories' ports are built where the unit tests build theirs (never in the user's cache),
        // so the wasm32 standard library they share is compiled once per build.
        builder.environment().put("OXBENCH_CACHE", home.resolve("harness/target/port-tests/cache").toString());
        return builder.start();
    }

    /**
     * Waits for the run to end: 15 minutes of its own, not counting the time it waits for another
     * oxbench run on this machine to finish measuring (these tests must not fail because one does).
     */
    private static void finish(Process process, Path err, String... args) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (!process.waitFor(1, TimeUnit.SECONDS)) {
            if (waitingForAnotherRun(err)) {
                deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("bench " + String.join(" ", args) + " did not finish in 15 minutes");
            }
        }
    }

    private static boolean waitingForAnotherRun(Path err) throws IOException {
        String printed = Files.readString(err, StandardCharsets.UTF_8);
        return printed.contains("waiting for it to finish") && !printed.contains("the other run is done");
    }

    /** Waits until {@code printed} (a process's stderr file) contains {@code text}, or the process ends. */
    private static void awaitOutput(Process process, Path printed, String text) throws IOException, InterruptedException {
        while (!Files.readString(printed, StandardCharsets.UTF_8).contains(text)) {
            assertTrue(process.isAlive(), "ended before printing '" + text + "': " + Files.readString(printed, StandardCharsets.UTF_8));
            Thread.sleep(200);
        }
    }

    /** The quickest real run: one story, its floor row, a quick plan. */
    private static final String[] FAST_RUN = {"run", "--quick", "--story", "boundary", "--impl", "add-one@java"};

    private static String[] fastRun(String... more) {
        List<String> args = new ArrayList<>(List.of(FAST_RUN));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Whether {@code process} is a JMH fork. */
    private static boolean isJmhFork(ProcessHandle process) {
        return process.info().arguments().map(args -> List.of(args).contains("org.openjdk.jmh.runner.ForkedMain")).orElse(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalStopsTheForksRemovesTheTemporaryFilesAndKeepsTheRun(String signal) throws Exception {
        assumeFalse("INT".equals(signal) && sigintIgnored(), "SIGINT is ignored by this test's JVM, hence by the run it starts");
        Path runDir = dir.resolve("run");
        Path err = dir.resolve("stderr.txt");
        Process bench = start(dir.resolve("stdout.txt"), err, fastRun("--out", runDir.toString()));
        long pid = bench.pid();    // ./bench execs the JVM: the same process
        List<ProcessHandle> forks;
        do {
            assertTrue(bench.isAlive(), Files.readString(err));
            Thread.sleep(200);
            forks = bench.descendants().filter(EndToEndIT::isJmhFork).toList();
        } while (forks.isEmpty());
        List<ProcessHandle> children = bench.descendants().toList();
        List<Path> scratch = scratchOf(pid);
        assertEquals(1, scratch.size(), "the run's private temporary directory: " + scratch);
        try (Stream<Path> files = Files.list(scratch.getFirst())) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith("boundary-input-")), "the input the forks read");
        }

        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor());
        finish(bench, err, FAST_RUN);

        assertTrue(bench.exitValue() != 0, "an interrupted run does not exit 0");
        for (ProcessHandle child : children) {
            assertFalse(child.isAlive(), "child " + child.pid() + " " + child.info().command().orElse("") + " outlived the run");
        }
        assertEquals(List.of(), scratchOf(pid), "no temporary file or directory is left");
        JsonNode summary = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile());
        assertFalse(summary.get("run").get("complete").asBoolean(), "the run is kept, marked incomplete");
        assertTrue(Files.readString(err).contains("bench: run interrupted"), Files.readString(err));
    }

    /** Whether this JVM was started with SIGINT ignored (as background jobs of a shell are): its children inherit that. */
    private static boolean sigintIgnored() throws IOException {
        String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0").substring("SigIgn:".length()).strip();
        return (Long.parseUnsignedLong(ignored, 16) & (1L << 1)) != 0;    // SIGINT is signal 2, bit 1
    }

    private static List<Path> scratchOf(long pid) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith(Scratch.prefixOf(pid))).toList();
        }
    }

    @Test
    void runsStartedTogetherMeasureOneAfterTheOther() throws Exception {
        // The test holds the machine's run lock itself (after any real run that is measuring), so both
        // runs are started while it is held, whatever the machine's speed; then it lets them go.
        Process first;
        Process second;
        Path firstErr = dir.resolve("first.err");
        Path secondErr = dir.resolve("second.err");
        String holder = "pid " + ProcessHandle.current().pid() + ", since now: EndToEndIT";
        try (oxbench.run.RunLock held = oxbench.run.RunLock.acquire(oxbench.run.RunLock.machineWide(), holder, true,
                java.time.Duration.ofMinutes(1), line -> { })) {
            Path refusedDir = Files.createDirectories(dir.resolve("refused-work"));
            Outcome refused = bench(refusedDir, fastRun("--no-wait", "--out", dir.resolve("refused").toString()));
            assertEquals(2, refused.code(), refused.err());
            String refusal = refused.err().strip().lines().reduce((a, b) -> b).orElse("");
            assertTrue(refusal.startsWith("bench: another oxbench run is measuring on this machine (" + holder), refused.err());
            assertFalse(Files.exists(dir.resolve("refused")), "a refused run leaves nothing");

            first = start(dir.resolve("first.out"), firstErr, fastRun("--out", dir.resolve("first").toString()));
            second = start(dir.resolve("second.out"), secondErr, fastRun("--out", dir.resolve("second").toString()));
            awaitOutput(first, firstErr, "waiting for it to finish");
            awaitOutput(second, secondErr, "waiting for it to finish");
        }
        finish(first, firstErr, FAST_RUN);
        finish(second, secondErr, FAST_RUN);

        assertEquals(0, first.exitValue(), Files.readString(firstErr));
        assertEquals(0, second.exitValue(), Files.readString(secondErr));
        assertTrue(Files.readString(firstErr).contains("the other run is done"), Files.readString(firstErr));
        assertTrue(Files.readString(secondErr).contains("the other run is done"), Files.readString(secondErr));
        JsonNode a = Json.MAPPER.readTree(dir.resolve("first/summary.json").toFile()).get("run");
        JsonNode b = Json.MAPPER.readTree(dir.resolve("second/summary.json").toFile()).get("run");
        java.time.Instant aStarted = java.time.Instant.parse(a.get("started").asText());
        java.time.Instant bStarted = java.time.Instant.parse(b.get("started").asText());
        JsonNode earlier = aStarted.isBefore(bStarted) ? a : b;
        JsonNode later = earlier == a ? b : a;
        assertTrue(java.time.Instant.parse(later.get("started").asText())
                        .isAfter(java.time.Instant.parse(earlier.get("finished").asText())),
                "whichever won the lock first, the other measured only after it had finished: " + a + " " + b);
    }

    @Test
    void quickRunChecksAndMeasuresEveryImplementation() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("shapes.py"), """
                import math


                class Circle:
                    \"\"\"A circle; área in m².\"\"\"

                    def __init__(self, radius):
                        self.radius = radius

                    def area(self):
                        return math.pi * self.radius ** 2
                """);
        Files.writeString(corpus.resolve("util.py"), """
                def chunks(items, size):
                    return [items[i:i + size] for i in range(0, len(items), size)]
                """);
        Files.writeString(corpus.resolve("broken.py"), "def nope(:\n");
        Path runDir = dir.resolve("run");

        Outcome outcome = bench(dir, "run", "--quick", "--story", "fingerprint", "--corpus", corpus.toString(),
                "--out", runDir.toString(), "--warmup-iterations", "1", "--iterations", "3");

        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("warning: skipped broken.py: does not parse"), outcome.err());
        assertTrue(outcome.out().contains("python+rust@graalwasm"), outcome.out());

        JsonNode summary = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile());
        JsonNode run = summary.get("run");
        assertTrue(run.get("jit").asBoolean(), "jit must be on");
        assertEquals("quick", run.get("mode").asText());
        assertTrue(run.get("complete").asBoolean());
        JsonNode story = summary.get("stories").get(0);
        assertEquals("fingerprint", story.get("story").asText());
        assertEquals(2, story.get("input").get("files").size());
        Set<String> digests = new HashSet<>();
        List<String> seen = new ArrayList<>();
        for (JsonNode impl : story.get("implementations")) {
            seen.add(impl.get("impl").asText());
            assertEquals("ok", impl.get("status").asText(), impl.toString());
            assertTrue(impl.get("score").asDouble() > 0, impl.toString());
            assertTrue(impl.get("error").isNumber(), impl.toString());
            digests.add(impl.get("digest").asText());
        }
        assertEquals(IMPLEMENTATIONS, seen);
        assertEquals(1, digests.size(), "every implementation computed the same fingerprints: " + digests);
        assertEquals(7, story.get("claims").size(), "four against the in-process prototype, three against it under CPython");

        JsonNode jmh = Json.MAPPER.readTree(runDir.resolve("jmh-fingerprint.json").toFile());
        assertEquals(5, jmh.size(), "JMH's own JSON has one entry per implementation it timed");
        JsonNode external = Json.MAPPER.readTree(runDir.resolve("external-fingerprint.json").toFile());
        assertEquals("python@cpython", external.get(0).get("impl").asText(), "the driver's samples are kept");
        assertEquals(3, external.get(0).get("forks").get(0).size(), "three measured iterations, as asked");
        for (JsonNode impl : story.get("implementations")) {
            assertEquals(impl.get("impl").asText().matches(".*@(cpython|pyo3|go|cgo)") ? "external-driver" : "jmh",
                    impl.get("methodology").asText(), impl.toString());
        }
        assertTrue(jmh.get(0).get("primaryMetric").has("rawData"), "JMH's raw samples are kept");
        JsonNode params = jmh.get(0).get("params");
        assertEquals("quick", params.get("mode").asText(), params.toString());
        assertTrue(params.get("input").asText().matches("[0-9a-f]{8}"), "a digest, not the input file's temp path: " + params);
        String report = Files.readString(runDir.resolve("report.md"));
        assertTrue(report.contains("## fingerprint"), report);
        assertTrue(report.contains("### The guide's claims"), report);
        assertTrue(report.contains("| python@cpython | CPython 3.") && report.contains("| external driver |"), report);
    }

    @Test
    void quickPatternRunChecksMeasuresAndScales() throws Exception {
        Path corpus = oxbench.stories.patterns.PatternStoryTest.corpus(dir);
        Path runDir = dir.resolve("run");

        Outcome outcome = bench(dir, "run", "--quick", "--story", "patterns", "--corpus", corpus.toString(),
                "--patterns", "150", "--out", runDir.toString(), "--warmup-iterations", "1", "--iterations", "3");

        assertEquals(0, outcome.code(), outcome.err());
        JsonNode story = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile()).get("stories").get(0);
        assertEquals("patterns", story.get("story").asText());
        assertEquals("us/call", story.get("unit").asText());
        assertEquals(150, story.get("input").get("patterns").asInt());
        assertTrue(story.get("input").get("matches").asInt() > 0, story.get("input").toString());
        Set<String> digests = new HashSet<>();
        List<String> seen = new ArrayList<>();
        for (JsonNode impl : story.get("implementations")) {
            seen.add(impl.get("impl").asText());
            assertEquals("ok", impl.get("status").asText(), impl.toString());
            digests.add(impl.get("digest").asText());
        }
        assertEquals(List.of("js@graaljs", "js+rust@graalwasm", "js+rust@graalwasm-json", "rust@graalwasm", "rust@ffm",
                "js@node", "js+rust@node-wasm", "js+rust@napi"), seen);
        assertEquals(1, digests.size(), "every implementation found the same matches: " + digests);
        assertEquals(7, story.get("claims").size(), "four against the in-process prototype, three against it on Node");
        assertEquals("1000 patterns", story.get("claims").get(0).get("per").asText());
        assertTrue(story.get("claims").get(0).get("measured_candidate").isNumber(), story.get("claims").toString());
        assertEquals(5, story.get("comparisons").size(), "JSON, GraalWasm, Node against GraalJS, V8 against GraalWasm, N-API against FFM");
        assertTrue(story.get("comparisons").get(0).get("share").isNumber(), story.get("comparisons").toString());

        JsonNode scaling = story.get("scaling");
        assertEquals("[100,150]", scaling.get("sizes").toString());
        assertEquals(16, scaling.get("points").size());
        for (JsonNode point : scaling.get("points")) {
            assertEquals("ok", point.get("status").asText(), point.toString());
            assertTrue(point.get("score").asDouble() > 0, point.toString());
        }
        assertTrue(Files.exists(runDir.resolve("jmh-patterns-100.json")), "each scaling size keeps its JMH JSON");
        String report = Files.readString(runDir.resolve("report.md"));
        assertTrue(report.contains("### Scaling") && report.contains("| implementation | 100 patterns | 150 patterns (run) |"),
                report);
        assertTrue(report.contains("what the JSON boundary costs against typed buffers"), report);
    }

    @Test
    void quickAlgorithmRunSweepsFitsGrowthAndDrawsTheChart() throws Exception {
        Path corpus = oxbench.stories.patterns.PatternStoryTest.corpus(dir);
        Path runDir = dir.resolve("run");

        Outcome outcome = bench(dir, "run", "--quick", "--story", "algorithm", "--corpus", corpus.toString(),
                "--fragments", "160", "--out", runDir.toString(), "--warmup-iterations", "3", "--iterations", "3");

        assertEquals(0, outcome.code(), outcome.err());
        JsonNode story = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile()).get("stories").get(0);
        assertEquals("algorithm", story.get("story").asText());
        assertEquals(160, story.get("input").get("fragments").asInt());
        assertTrue(story.get("input").get("duplicates").asInt() > 0, story.get("input").toString());
        Set<String> digests = new HashSet<>();
        List<String> seen = new ArrayList<>();
        for (JsonNode impl : story.get("implementations")) {
            seen.add(impl.get("impl").asText());
            assertEquals("ok", impl.get("status").asText(), impl.toString());
            assertTrue(impl.get("plan").get("warmup_iterations").asInt() == 3, impl.toString());
            digests.add(impl.get("digest").asText());
        }
        assertEquals(List.of("python-naive@graalpy", "python-nlogn@graalpy", "rust-naive@ffm", "rust-nlogn@ffm",
                "python-naive@cpython", "python-nlogn@cpython"), seen);
        assertEquals(1, digests.size(), "every implementation found the same duplicates: " + digests);

        JsonNode scaling = story.get("scaling");
        assertEquals("[20,40,80,160]", scaling.get("sizes").toString());
        assertEquals(24, scaling.get("points").size());
        JsonNode claim = story.get("claims").get(0);
        assertEquals("growth", claim.get("kind").asText());
        assertEquals("python-nlogn@graalpy", claim.get("challenger").asText());
        assertEquals("rust-naive@ffm", claim.get("incumbent").asText());
        assertEquals(160, claim.get("largest_size").asInt());
        assertTrue(Set.of("reproduced", "not-reproduced", "inconclusive").contains(claim.get("verdict").asText()), claim.toString());
        assertTrue(claim.get("finding").asText().startsWith("at 160 fragments"), claim.toString());
        assertEquals(4, claim.get("exponents").size());
        for (JsonNode exponent : claim.get("exponents")) {
            assertEquals(4, exponent.get("points").asInt(), exponent.toString());
            assertTrue(exponent.get("value").isNumber() && exponent.get("standard_error").isNumber(), exponent.toString());
        }

        assertEquals(4, Json.MAPPER.readTree(runDir.resolve("jmh-algorithm.json").toFile()).size(),
                "one JMH JSON for the run's size, with every implementation whatever its plan");
        assertTrue(Files.exists(runDir.resolve("jmh-algorithm-20.json")));
        byte[] chart = Files.readAllBytes(runDir.resolve("algorithm-scaling.png"));
        assertTrue(chart.length > 1000 && chart[1] == 'P' && chart[2] == 'N' && chart[3] == 'G', "a PNG chart");
        String report = Files.readString(runDir.resolve("report.md"));
        assertTrue(report.contains("](algorithm-scaling.png)"), report);
        assertTrue(report.contains("| python-nlogn@cpython (external driver) |"), "the scaling table says how rows were timed: " + report);
        assertTrue(report.contains("### python-nlogn@graalpy against rust-naive@ffm as the input grows: "), report);
        assertEquals(2, story.get("claims").size(), "algorithm first, in GraalPy and in CPython");
        JsonNode cpython = story.get("claims").get(1);
        assertEquals("python-nlogn@cpython", cpython.get("challenger").asText());
        assertTrue(Set.of("reproduced", "not-reproduced", "inconclusive").contains(cpython.get("verdict").asText()), cpython.toString());
        assertTrue(report.contains("### python-nlogn@cpython against rust-naive@ffm as the input grows: "), report);
        assertTrue(outcome.out().contains("fitted exponent"), outcome.out());
    }

    /**
     * Issue 6's stories but the boundary (whose rows the adaptive run below measures), in one quick run
     * with their own quick plans (the run a proposal would cite).
     */
    @Test
    void quickPitfallAndStrategyRunGivesEveryVerdictLine() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("shapes.py"), """
                class Square:
                    def __init__(self, side):
                        self.side = side

                    def area(self):
                        return self.side * self.side
                """);
        Path runDir = dir.resolve("run");
        long started = System.nanoTime();

        Outcome outcome = bench(dir, "run", "--quick", "--story", String.join(",", PITFALL_STORIES),
                "--corpus", corpus.toString(), "--out", runDir.toString(), "--warmup-iterations", "1", "--iterations", "3");

        System.out.printf("quick run of %s took %.0f s%n", PITFALL_STORIES, (System.nanoTime() - started) / 1e9);
        assertEquals(0, outcome.code(), outcome.err());
        JsonNode summary = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile());
        Map<String, JsonNode> stories = new java.util.LinkedHashMap<>();
        summary.get("stories").forEach(story -> stories.put(story.get("story").asText(), story));
        assertEquals(PITFALL_STORIES, List.copyOf(stories.keySet()));
        for (JsonNode story : stories.values()) {
            for (JsonNode impl : story.get("implementations")) {
                assertEquals("ok", impl.get("status").asText(), impl.toString());
                assertTrue(impl.get("score").asDouble() > 0 && impl.get("error").isNumber(), impl.toString());
            }
        }

        JsonNode json = stories.get("pitfall-json");
        assertEquals(3, json.get("comparisons").size(), "one per calling language in a quick run");
        assertEquals(4, json.get("not_run").size(), json.toString());
        json.get("not_run").forEach(notRun -> assertEquals(Summary.NotRun.QUICK, notRun.get("reason").asText(), notRun.toString()));
        json.get("comparisons").forEach(c -> assertTrue(c.get("finding").asText().startsWith("JSON at the boundary costs"), c.toString()));
        assertEquals(1, distinctDigests(json), "JSON and typed calls computed the same fingerprints");

        JsonNode batching = stories.get("pitfall-batching");
        assertEquals(1, distinctDigests(batching));
        assertEquals(3, batching.get("claims").size());
        for (JsonNode claim : batching.get("claims")) {
            assertEquals("batching", claim.get("kind").asText());
            assertTrue(Set.of("reproduced", "not-reproduced", "inconclusive").contains(claim.get("verdict").asText()), claim.toString());
            assertTrue(claim.get("crossing_nanos").isNumber() && claim.get("size").asInt() > 1, claim.toString());
        }
        assertEquals(100_000, batching.get("scaling").get("size").asInt(), "quick mode measures the run's size, 100000 items");

        JsonNode blocking = stories.get("pitfall-blocking");
        assertEquals(1, distinctDigests(blocking));
        for (JsonNode impl : blocking.get("implementations")) {
            JsonNode lag = observed(impl, "timer lag");
            assertTrue(lag.get("count").asLong() > 0 && lag.get("p99").asDouble() >= lag.get("p50").asDouble(), impl.toString());
        }
        JsonNode lagClaim = blocking.get("claims").get(0);
        assertEquals("lag", lagClaim.get("kind").asText());
        assertTrue(lagClaim.get("blocking_p50").isNumber() && lagClaim.get("non_blocking_p99").isNumber(), lagClaim.toString());

        JsonNode service = stories.get("strategy-service");
        assertEquals(1, distinctDigests(service), "over HTTP and in-process, the same fingerprints");
        for (JsonNode impl : service.get("implementations")) {
            assertTrue(observed(impl, "call latency").get("count").asLong() > 0, impl.toString());
        }
        String served = service.get("comparisons").get(0).get("finding").asText();
        assertTrue(served.startsWith("served over HTTP") && served.matches(".*throughput is [0-9,]+/s over HTTP against [0-9,]+/s in-process"),
                served);

        String report = Files.readString(runDir.resolve("report.md"));
        assertEquals(PITFALL_STORIES.size(), report.split("### Verdicts", -1).length - 1, "a verdicts section per story");
        assertTrue(report.contains("batches of") || report.contains("no crossing cost could be separated"), report);
        assertTrue(report.contains("### Observed per event"), report);
        assertTrue(outcome.out().contains("timer lag"), outcome.out());
    }

    private static final List<String> PITFALL_STORIES =
            List.of("pitfall-json", "pitfall-batching", "pitfall-blocking", "strategy-service");

    private static long distinctDigests(JsonNode story) {
        Set<String> digests = new HashSet<>();
        story.get("implementations").forEach(impl -> digests.add(impl.get("digest").asText()));
        return digests.size();
    }

    private static JsonNode observed(JsonNode impl, String name) {
        for (JsonNode observed : impl.get("observed")) {
            if (observed.get("name").asText().equals(name)) {
                return observed;
            }
        }
        throw new AssertionError("no '" + name + "' observed for " + impl);
    }

    /**
     * The default, adaptive plan on a small quick run (host, wasm and guest rows, one of them outside the
     * JVM): every measured row has a steady-state class, one classified fork with its changepoints and
     * steady segment, an interval, and the target it measured towards; what each fork did is printed.
     */
    @Test
    void anAdaptiveQuickRunGivesEveryRowAClassAnIntervalAndWhatItsForksDid() throws Exception {
        Path runDir = dir.resolve("run");
        Outcome outcome = bench(dir, "run", "--quick", "--story", "boundary",
                "--impl", "add-one@java,add-one@ffm,add-one@graalwasm,add-one@js-host-ffm", "--out", runDir.toString());

        assertEquals(0, outcome.code(), outcome.err());
        JsonNode summary = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile());
        assertEquals("adaptive", summary.get("run").get("plan").get("policy").asText());
        JsonNode rows = summary.get("stories").get(0).get("implementations");
        assertEquals(4, rows.size());
        for (JsonNode row : rows) {
            assertEquals("ok", row.get("status").asText(), row.toString());
            assertTrue(row.get("ci_low").isNumber() && row.get("ci_high").isNumber(), row.toString());
            JsonNode steady = row.get("steady_state");
            assertTrue(List.of("flat", "warmup", "slowdown", "no-steady-state").contains(steady.get("class").asText()), row.toString());
            assertTrue(steady.get("consistent").isBoolean(), row.toString());
            assertEquals(0.10, steady.get("target").asDouble(), 1e-12, "the quick target");
            assertEquals(1, steady.get("forks").size(), "quick runs use one fork");
            JsonNode fork = steady.get("forks").get(0);
            int measuredFrom = fork.get("measured_from").asInt();
            int iterations = fork.get("iterations").asInt();
            assertTrue(measuredFrom >= 1 && iterations > measuredFrom, fork.toString());
            assertTrue(fork.get("steady_from").asInt() < iterations, fork.toString());
            assertTrue(fork.get("changepoints").isArray(), fork.toString());
            assertTrue(List.of("steady", "capped").contains(fork.get("warmup").asText()), fork.toString());
            assertTrue(List.of("target", "capped").contains(fork.get("stopped").asText()), fork.toString());
            assertTrue(row.get("samples").asInt() >= 1 && row.get("samples").asInt() <= iterations - measuredFrom, row.toString());
        }
        JsonNode story = summary.get("stories").get(0);
        JsonNode limit = story.get("claims").get(0);
        assertEquals("limit", limit.get("kind").asText());
        assertTrue(limit.get("measured_nanos").asDouble() > 0, limit.toString());
        assertEquals(3, story.get("comparisons").size(), "each chosen bridge against its floor");
        story.get("comparisons").forEach(c -> assertFalse(c.get("finding").isNull(), c.toString()));
        String out = outcome.out() + outcome.err();
        assertTrue(out.contains("until steady"), out);
    }

    @Test
    void interpreterModeLabelsEveryResult() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("one.py"), "def one():\n    return 1\n");
        Path runDir = dir.resolve("run");

        Outcome outcome = bench(dir, "run", "--quick", "--interpreter", "--impl", "rust@ffm", "--corpus", corpus.toString(),
                "--out", runDir.toString(), "--plan", "fixed", "--warmup-iterations", "0", "--iterations", "3");

        assertEquals(0, outcome.code(), outcome.err());
        JsonNode summary = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile());
        assertEquals("fixed", summary.get("run").get("plan").get("policy").asText());
        assertEquals(3, summary.get("run").get("plan").get("measurement_iterations").asInt());
        assertFalse(summary.get("run").get("jit").asBoolean());
        assertEquals("interpreter", summary.get("run").get("runtime").asText());
        List<String> impls = new ArrayList<>();
        for (JsonNode impl : summary.get("stories").get(0).get("implementations")) {
            impls.add(impl.get("impl").asText());
            assertEquals("interpreter", impl.get("runtime_mode").asText(), impl.toString());
        }
        assertEquals(List.of("python@graalpy", "rust@ffm"), impls, "the baseline is always measured");
        JsonNode patterns = summary.get("stories").get(1);
        assertEquals("patterns", patterns.get("story").asText());
        assertEquals(1, patterns.get("input").get("patterns").asInt(), "a one-function corpus gives one pattern");
        for (JsonNode impl : patterns.get("implementations")) {
            assertEquals("interpreter", impl.get("runtime_mode").asText(), impl.toString());
        }
        assertTrue(outcome.out().contains("ok [interpreter]"), outcome.out());
        assertTrue(Files.readString(runDir.resolve("report.md")).contains("**Interpreter mode**"));
    }

    /** The rows of a folder story, in the order the tables show them (docs/your-own-story.md). */
    private static final Map<String, List<String>> FOLDER_ROWS = Map.of(
            "python", List.of("python@graalpy", "python@cpython", "rust@ffm", "rust@graalwasm", "python+rust@ffm",
                    "python+rust@graalwasm", "python+rust@pyo3"),
            "javascript", List.of("js@graaljs", "js@node", "rust@ffm", "rust@graalwasm", "js+rust@graalwasm",
                    "js+rust@node-wasm", "js+rust@napi"));


    /** Each example in examples/, quick, every row: all agree with the prototype, the claims get verdicts, the summary says what ran. */
    @ParameterizedTest
    @ValueSource(strings = {"log-levels:python", "packbits:javascript"})
    void aFolderExampleRunsEveryRowAndEveryRowAgrees(String example) throws Exception {
        String name = example.split(":")[0];
        String language = example.split(":")[1];
        Path folder = Path.of(System.getProperty("oxbench.home")).resolve("examples").resolve(name).toAbsolutePath().normalize();
        Path runDir = dir.resolve("run");
        long started = System.nanoTime();

        Outcome outcome = bench(dir, "run", "--quick", "--story", "examples/" + name, "--out", runDir.toString(),
                "--warmup-iterations", "1", "--iterations", "3");

        System.out.printf("quick run of examples/%s took %.0f s%n", name, (System.nanoTime() - started) / 1e9);
        assertEquals(0, outcome.code(), outcome.err());
        JsonNode story = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile()).get("stories").get(0);
        assertEquals(name, story.get("story").asText());
        assertEquals(folder.toString(), story.get("origin").asText(), "the summary records the folder");
        List<String> seen = new ArrayList<>();
        String baselineDigest = story.get("implementations").get(0).get("digest").asText();
        for (JsonNode impl : story.get("implementations")) {
            String id = impl.get("impl").asText();
            seen.add(id);
            assertEquals("ok", impl.get("status").asText(), impl.toString());
            assertTrue(impl.get("score").asDouble() > 0 && impl.get("error").isNumber(), impl.toString());
            assertEquals(baselineDigest, impl.get("digest").asText(), id + " computed the prototype's bytes for every input");
        }
        assertEquals(FOLDER_ROWS.get(language), seen);
        assertEquals(2, story.get("claims").size(), "the example's two [[claims]]");
        for (JsonNode claim : story.get("claims")) {
            assertTrue(Set.of("reproduced", "not-reproduced", "inconclusive").contains(claim.get("verdict").asText()), claim.toString());
            assertTrue(claim.get("source").asText().startsWith("oxbench's " + name + " example"), claim.toString());
        }
        assertEquals(2, story.get("comparisons").size(), "the runtimes' comparison and GraalWasm against native");

        JsonNode input = story.get("input");
        assertEquals(language, input.get("language").asText());
        assertEquals(sha256(Files.readAllBytes(folder.resolve("oxbench.toml"))), input.get("manifest_sha256").asText());
        assertEquals(sha256(Files.readAllBytes(folder.resolve(input.get("prototype").asText()))), input.get("prototype_sha256").asText());
        assertTrue(input.get("port_sha256").asText().matches("[0-9a-f]{64}"), input.toString());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder.resolve("inputs"))) {
            files = listed.sorted().toList();
        }
        assertEquals(files.size(), input.get("inputs").size(), input.toString());
        for (int i = 0; i < files.size(); i++) {
            JsonNode recorded = input.get("inputs").get(i);
            assertEquals("inputs/" + files.get(i).getFileName(), recorded.get("name").asText());
            assertEquals(Files.size(files.get(i)), recorded.get("bytes").asLong());
            assertEquals(sha256(Files.readAllBytes(files.get(i))), recorded.get("sha256").asText(), recorded.toString());
        }
        assertTrue(Files.readString(runDir.resolve("report.md")).contains("## " + name), "the report has the story");
    }

    /** A port that computes another answer for one input: that row mismatches, naming the input; the others are measured; exit 1. */
    @Test
    void aWrongPortMismatchesOnTheInputItGetsWrongAndTheOtherRowsAreMeasured() throws Exception {
        Path runDir = dir.resolve("run");

        Outcome outcome = bench(dir, "run", "--quick", "--story", "harness/src/test/resources/folder-stories/wrong-port",
                "--impl", "rust@ffm,python@cpython", "--out", runDir.toString(), "--warmup-iterations", "1", "--iterations", "3");

        assertEquals(1, outcome.code(), outcome.err());
        JsonNode story = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile()).get("stories").get(0);
        Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
        story.get("implementations").forEach(impl -> rows.put(impl.get("impl").asText(), impl));
        assertEquals(List.of("python@graalpy", "python@cpython", "rust@ffm"), List.copyOf(rows.keySet()));
        JsonNode wrong = rows.get("rust@ffm");
        assertEquals("mismatch", wrong.get("status").asText(), wrong.toString());
        String diff = wrong.get("message").asText();
        assertTrue(diff.contains("1 of 2 inputs") && diff.contains("inputs/payments-worker-crlf.log: text differs at line 1"), diff);
        assertFalse(diff.contains("checkout-small.log"), "the input the port gets right is not named: " + diff);
        for (String measured : List.of("python@graalpy", "python@cpython")) {
            JsonNode impl = rows.get(measured);
            assertEquals("ok", impl.get("status").asText(), impl.toString());
            assertTrue(impl.get("score").asDouble() > 0, impl.toString());
        }
        assertTrue(outcome.out().contains("payments-worker-crlf.log") || outcome.err().contains("payments-worker-crlf.log"),
                "the console names the input too: " + outcome.out() + outcome.err());
    }

    /** {@code bench new}, then at once a quick run of what it wrote: the port builds (native and wasm32) and agrees. */
    @ParameterizedTest
    @ValueSource(strings = {"python", "javascript"})
    void aNewStoryPassesItsFirstQuickRun(String language) throws Exception {
        Path folder = dir.resolve("our " + language + " story");
        Outcome created = bench(dir, "new", folder.toString(), "--language", language);
        assertEquals(0, created.code(), created.err());
        Path runDir = dir.resolve("run");
        long started = System.nanoTime();

        Outcome outcome = bench(dir, "run", "--quick", "--story", folder.toString(),
                "--out", runDir.toString(), "--warmup-iterations", "1", "--iterations", "3");

        System.out.printf("bench new --language %s, first quick run (port built): %.0f s%n", language, (System.nanoTime() - started) / 1e9);
        assertEquals(0, outcome.code(), outcome.err());
        JsonNode story = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile()).get("stories").get(0);
        assertEquals("our-" + language + "-story", story.get("story").asText());
        List<String> seen = new ArrayList<>();
        Set<String> digests = new HashSet<>();
        for (JsonNode impl : story.get("implementations")) {
            seen.add(impl.get("impl").asText());
            assertEquals("ok", impl.get("status").asText(), impl.toString());
            digests.add(impl.get("digest").asText());
        }
        assertEquals(FOLDER_ROWS.get(language), seen);
        assertEquals(1, digests.size(), "the template's port computes its prototype's bytes: " + digests);
        assertTrue(outcome.err().contains("building the Rust port"), outcome.err());

        Outcome again = bench(dir, "run", "--quick", "--story", folder.toString(), "--impl", "rust@ffm",
                "--out", dir.resolve("again").toString(), "--warmup-iterations", "1", "--iterations", "3");
        assertEquals(0, again.code(), again.err());
        assertFalse(again.err().contains("building"), "nothing changed, so nothing is built again: " + again.err());
        assertTrue(Set.of("reproduced", "not-reproduced", "inconclusive").contains(story.get("claims").get(0).get("verdict").asText()),
                story.get("claims").toString());
        try (Stream<Path> written = Files.walk(folder)) {
            assertEquals(List.of(), written.filter(path -> path.getFileName().toString().equals("target")).toList(),
                    "the port is built outside the story's folder");
        }
    }

    /** --interpreter on a folder story: the prototype runs without the JIT, and its row says so. */
    @Test
    void aFolderStoryRunsInInterpreterModeWhenAsked() throws Exception {
        Path runDir = dir.resolve("run");
        Outcome outcome = bench(dir, "run", "--quick", "--interpreter", "--story", "examples/packbits", "--impl", "rust@ffm",
                "--out", runDir.toString(), "--warmup-iterations", "1", "--iterations", "3");
        assertEquals(0, outcome.code(), outcome.err());
        JsonNode summary = Json.MAPPER.readTree(runDir.resolve("summary.json").toFile());
        assertFalse(summary.get("run").get("jit").asBoolean());
        assertEquals("interpreter", summary.get("run").get("runtime").asText());
        JsonNode baseline = summary.get("stories").get(0).get("implementations").get(0);
        assertEquals("js@graaljs", baseline.get("impl").asText());
        assertEquals("ok", baseline.get("status").asText(), baseline.toString());
        assertEquals("interpreter", baseline.get("runtime_mode").asText(), baseline.toString());
        assertTrue(outcome.out().contains("ok [interpreter]"), outcome.out());
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Outcome outcome = bench(dir, "run", "--corpus", dir.resolve("does-not-exist").toString());
        assertEquals(2, outcome.code(), outcome.err());
        assertEquals("bench: --corpus " + dir.resolve("does-not-exist") + " is not a directory", outcome.err().strip());
        assertFalse(outcome.err().contains("Exception"), outcome.err());
    }
}
