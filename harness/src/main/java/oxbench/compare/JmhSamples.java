package oxbench.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import oxbench.results.Json;

/**
 * A run directory's raw samples, read from JMH's own JSON ({@code jmh-<story>.json}): per benchmark,
 * {@code params.impl} names the implementation and {@code primaryMetric.rawData} holds one list of
 * iteration scores per fork. Each file is read once, and only when a row of its story is compared.
 */
public final class JmhSamples implements Samples {
    private final Path dir;
    private final Map<String, Map<String, double[]>> byStory = new HashMap<>();

    public JmhSamples(Path dir) {
        this.dir = dir;
    }

    @Override
    public double[] of(String story, String impl) {
        Path file = dir.resolve("jmh-" + story + ".json");
        double[] samples = byStory.computeIfAbsent(story, ignored -> read(file)).get(impl);
        if (samples == null) {
            throw new IllegalArgumentException(file + " has no benchmark of " + impl + " (edited?)");
        }
        return samples;
    }

    /** Every implementation's pooled samples in one JMH result file. */
    private static Map<String, double[]> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no raw samples: " + file + " is missing");
        }
        JsonNode benchmarks;
        try {
            benchmarks = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid JMH JSON (truncated or edited?): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
        }
        if (benchmarks == null || !benchmarks.isArray()) {
            throw new IllegalArgumentException(file + " is not JMH JSON (no array of benchmarks)");
        }
        Map<String, double[]> samples = new LinkedHashMap<>();
        for (JsonNode benchmark : benchmarks) {
            JsonNode impl = benchmark.path("params").path("impl");
            JsonNode forks = benchmark.path("primaryMetric").path("rawData");
            if (!impl.isTextual() || !forks.isArray()) {
                throw new IllegalArgumentException(file + " is not JMH JSON of oxbench (a benchmark lacks params.impl"
                        + " or primaryMetric.rawData)");
            }
            samples.put(impl.asText(), pooled(file, impl.asText(), forks));
        }
        return samples;
    }

    private static double[] pooled(Path file, String impl, JsonNode forks) {
        int count = 0;
        for (JsonNode fork : forks) {
            count += fork.size();
        }
        double[] pooled = new double[count];
        int i = 0;
        for (JsonNode fork : forks) {
            for (JsonNode sample : fork) {
                if (!sample.isNumber()) {
                    throw new IllegalArgumentException(file + ": a raw sample of " + impl + " is not a number (edited?)");
                }
                pooled[i++] = sample.asDouble();
            }
        }
        return pooled;
    }
}
