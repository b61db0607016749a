package oxbench.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import oxbench.results.Json;
import oxbench.summary.Summary.ImplementationResult;

/**
 * A run directory's raw samples, from the file that holds each row's: JMH's own JSON
 * ({@code jmh-<story>.json}, where {@code params.impl} names the implementation and
 * {@code primaryMetric.rawData} holds one list of iteration scores per fork) for rows timed by JMH,
 * and {@code external-<story>.json} (per implementation, {@code forks} of {@code {ops, nanos}}
 * iterations) for rows timed by an external driver. Each file is read once, and only when a row of
 * its story is compared.
 */
public final class RunSamples implements Samples {
    /** One kind of sample file: its name's prefix, and how to get every implementation's samples out of it. */
    private record Kind(String prefix, String what, Parser parser) {}

    @FunctionalInterface
    private interface Parser {
        Map<String, double[]> samples(Path file, JsonNode root);
    }

    private static final Kind JMH = new Kind("jmh-", "JMH JSON", RunSamples::jmh);
    private static final Kind EXTERNAL = new Kind("external-", "external-driver JSON", RunSamples::external);

    private final Path dir;
    private final Map<Path, Map<String, double[]>> byFile = new HashMap<>();

    public RunSamples(Path dir) {
        this.dir = dir;
    }

    @Override
    public double[] of(String story, ImplementationResult row) {
        Kind kind = ImplementationResult.EXTERNAL.equals(row.methodology()) ? EXTERNAL : JMH;
        Path file = dir.resolve(kind.prefix() + story + ".json");
        double[] samples = byFile.computeIfAbsent(file, ignored -> read(file, kind)).get(row.impl());
        if (samples == null) {
            throw new IllegalArgumentException(file + " has no samples of " + row.impl() + " (edited?)");
        }
        return samples;
    }

    private static Map<String, double[]> read(Path file, Kind kind) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no raw samples: " + file + " is missing");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid " + kind.what() + " (truncated or edited?): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + " is not " + kind.what() + " of oxbench (no array)");
        }
        return kind.parser().samples(file, root);
    }

    /** Every benchmark's raw iteration scores, all forks pooled. */
    private static Map<String, double[]> jmh(Path file, JsonNode benchmarks) {
        Map<String, double[]> samples = new LinkedHashMap<>();
        for (JsonNode benchmark : benchmarks) {
            JsonNode impl = benchmark.path("params").path("impl");
            JsonNode forks = benchmark.path("primaryMetric").path("rawData");
            if (!impl.isTextual() || !forks.isArray()) {
                throw new IllegalArgumentException(file + " is not JMH JSON of oxbench (a benchmark lacks params.impl"
                        + " or primaryMetric.rawData)");
            }
            samples.put(impl.asText(), pooled(file, impl.asText(), forks, sample -> {
                if (!sample.isNumber()) {
                    throw new IllegalArgumentException(file + ": a raw sample of " + impl.asText() + " is not a number (edited?)");
                }
                return sample.asDouble();
            }));
        }
        return samples;
    }

    /**
     * Every external row's iterations as the score is computed from them (see ExternalRunner): the time
     * per unit of work in microseconds, {@code nanos / ops / units_per_operation / 1000}.
     */
    private static Map<String, double[]> external(Path file, JsonNode records) {
        Map<String, double[]> samples = new LinkedHashMap<>();
        for (JsonNode record : records) {
            JsonNode impl = record.path("impl");
            JsonNode units = record.path("units_per_operation");
            JsonNode forks = record.path("forks");
            if (!impl.isTextual() || !units.canConvertToInt() || units.asInt() < 1 || !forks.isArray()) {
                throw new IllegalArgumentException(file + " is not external-driver JSON of oxbench (a record lacks impl,"
                        + " a positive units_per_operation or forks)");
            }
            samples.put(impl.asText(), pooled(file, impl.asText(), forks, sample -> {
                JsonNode ops = sample.path("ops");
                JsonNode nanos = sample.path("nanos");
                if (!ops.canConvertToLong() || ops.asLong() < 1 || !nanos.canConvertToLong() || nanos.asLong() < 0) {
                    throw new IllegalArgumentException(file + ": an iteration of " + impl.asText()
                            + " is not {\"ops\": positive, \"nanos\": not negative} (edited?)");
                }
                return (double) nanos.asLong() / ops.asLong() / units.asInt() / 1000.0;
            }));
        }
        return samples;
    }

    private static double[] pooled(Path file, String impl, JsonNode forks, ToDoubleFunction<JsonNode> value) {
        int count = 0;
        for (JsonNode fork : forks) {
            if (!fork.isArray()) {
                throw new IllegalArgumentException(file + ": a fork of " + impl + " is not a list of iterations (edited?)");
            }
            count += fork.size();
        }
        double[] pooled = new double[count];
        int i = 0;
        for (JsonNode fork : forks) {
            for (JsonNode sample : fork) {
                pooled[i++] = value.applyAsDouble(sample);
            }
        }
        return pooled;
    }
}
