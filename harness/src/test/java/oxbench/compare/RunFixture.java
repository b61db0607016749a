package oxbench.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxbench.results.Json;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import oxbench.results.SummaryJsonTest;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * A run built for tests: rows with raw samples, from which the summary's score and 99.9% interval are
 * computed the way JMH does, written as {@code summary.json} and {@code jmh-<story>.json}.
 */
public final class RunFixture {
    /** One row: an implementation, its status and (when ok) its raw samples, one array per fork. */
    public record Impl(String impl, String status, double[]... forks) {
        public static Impl ok(String impl, double... samples) {
            return new Impl(impl, "ok", samples);
        }

        double[] pooled() {
            return java.util.Arrays.stream(forks).flatMapToDouble(java.util.Arrays::stream).toArray();
        }
    }

    private final String id;
    private String mode = "quick";
    private String host = "host";
    private final Map<String, List<Impl>> stories = new LinkedHashMap<>();
    private final Map<String, Summary.SteadyState> steadyStates = new LinkedHashMap<>();

    public RunFixture(String id) {
        this.id = id;
    }

    public RunFixture mode(String mode) {
        this.mode = mode;
        return this;
    }

    public RunFixture host(String host) {
        this.host = host;
        return this;
    }

    public RunFixture story(String story, Impl... impls) {
        stories.put(story, List.of(impls));
        return this;
    }

    /** Gives every row {@code impl} this steady state: its score is then the mean of its forks' steady segments. */
    public RunFixture steadyState(String impl, Summary.SteadyState state) {
        steadyStates.put(impl, state);
        return this;
    }

    public Summary summary() {
        Summary sample = SummaryJsonTest.sample();
        RunInfo s = sample.run();
        RunInfo run = new RunInfo(id, mode, s.jit(), s.runtime(), s.engine(), s.git(), s.jdk(), s.graalvm(), s.jmh(),
                s.oxbench(), s.rustc(), s.cpu(), s.cores(), s.os(), host, s.started(), s.started(), true, s.args(), s.plan());
        StoryResult template = sample.stories().getFirst();
        List<StoryResult> results = new ArrayList<>();
        stories.forEach((story, impls) -> results.add(new StoryResult(story, template.title(), template.baseline(),
                template.unit(), template.input(), template.plan(), impls.stream().map(this::result).toList(),
                List.of(), List.of(), null)));
        return new Summary(run, results);
    }

    public Samples samples() {
        return (story, impl) -> stories.get(story).stream().filter(row -> row.impl().equals(impl.impl())).findFirst()
                .orElseThrow().pooled();
    }

    public RunComparer.Side side() {
        return new RunComparer.Side(id, summary(), samples());
    }

    /** Writes the run into {@code dir}: summary.json and one JMH JSON file per story. */
    public Path writeTo(Path dir) throws Exception {
        Files.createDirectories(dir);
        Json.MAPPER.writeValue(dir.resolve("summary.json").toFile(), summary());
        for (Map.Entry<String, List<Impl>> story : stories.entrySet()) {
            List<Map<String, Object>> benchmarks = new ArrayList<>();
            for (Impl impl : story.getValue()) {
                if (impl.status().equals("ok")) {
                    benchmarks.add(Map.of("benchmark", "oxbench.jmh.StoryBenchmark.run", "mode", "avgt",
                            "params", Map.of("impl", impl.impl(), "story", story.getKey()),
                            "primaryMetric", Map.of("score", StatUtils.mean(impl.pooled()), "scoreUnit", "us/op",
                                    "rawData", impl.forks())));
                }
            }
            Files.writeString(dir.resolve("jmh-" + story.getKey() + ".json"), Json.MAPPER.writeValueAsString(benchmarks));
        }
        return dir;
    }

    private ImplementationResult result(Impl impl) {
        Summary.Plan plan = new Summary.Plan(1, 5, 1, 5, 1);
        if (!impl.status().equals("ok")) {
            return ImplementationResult.of(impl.impl(), "rust", "native").status(oxbench.summary.Status.of(impl.status()), "boom")
                    .unit("us/file").plan(plan).build();
        }
        Summary.SteadyState steady = steadyStates.get(impl.impl());
        double[] samples = steady == null ? impl.pooled() : RunSamples.steady(Path.of("fixture"),
                ImplementationResult.of(impl.impl(), "rust", "native").steadyState(steady).build(), List.of(impl.forks()))
                .stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        double score = StatUtils.mean(samples);
        Double error = samples.length < 2 ? null : new TDistribution(samples.length - 1).inverseCumulativeProbability(0.9995)
                * Math.sqrt(StatUtils.variance(samples) / samples.length);
        return ImplementationResult.of(impl.impl(), "rust", "native")
                .score(score, error, error == null ? null : score - error, error == null ? null : score + error)
                .unit("us/file").digest("d").settling(steady == null || steady.steady(), 0.0, samples.length).plan(plan)
                .steadyState(steady).build();
    }
}
