package oxbench.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import oxbench.results.Json;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;

/**
 * A run directory's raw samples, from the file that holds each row's: JMH's own JSON
 * ({@code jmh-<story>.json}, where {@code params.impl} names the implementation and
 * {@code primaryMetric.rawData} holds one list of iteration scores per fork) for rows timed by JMH,
 * and {@code external-<story>.json} (per implementation, {@code forks} of {@code {ops, nanos}}
 * iterations) for rows timed by an external driver. Each file is read once, and only when a row of
 * its story is compared. A row with a steady state keeps, of each fork {@code k}, only the steady
 * segment its score was computed from: the iterations from {@code steady_state.forks[k]}'s
 * {@link Summary.ForkState#steadyMeasuredFrom()} on; a row without one (runs from before issue 18)
 * keeps every iteration.
 */
public final class RunSamples implements Samples {
    /** One kind of sample file: its name's prefix, and how to get every implementation's samples out of it. */
    private record Kind(String prefix, String what, Parser parser) {}

    @FunctionalInterface
    private interface Parser {
        Map<String, List<double[]>> samples(Path file, JsonNode root);
    }

    private static final Kind JMH = new Kind("jmh-", "JMH JSON", RunSamples::jmh);
    private static final Kind EXTERNAL = new Kind("external-", "external-driver JSON", RunSamples::external);

    private final Path dir;
    private final Map<Path, Map<String, List<double[]>>> byFile = new HashMap<>();

    public RunSamples(Path dir) {
        this.dir = dir;
    }

    @Override
    public double[] of(String story, ImplementationResult row) {
        Kind kind = ImplementationResult.EXTERNAL.equals(row.methodology()) ? EXTERNAL : JMH;
        Path file = dir.resolve(kind.prefix() + story + ".json");
        List<double[]> forks = byFile.computeIfAbsent(file, ignored -> read(file, kind)).get(row.impl());
        if (forks == null) {
            throw new IllegalArgumentException(file + " has no samples of " + row.impl() + " (edited?)");
        }
        return pooled(steady(file, row, forks));
    }

    /**
     * Each fork's steady measured iterations, as the score was computed (see Measurement): from the fork's
     * first steady measured iteration (its last one when the steady segment begins after it) to its last
     * measured one; every iteration when the row has no steady state.
     */
    static List<double[]> steady(Path file, ImplementationResult row, List<double[]> forks) {
        Summary.SteadyState state = row.steadyState();
        if (state == null || state.forks() == null) {
            return forks;
        }
        if (state.forks().size() != forks.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s has %d fork(s) of %s but its steady_state in summary.json has %d (edited?)", file, forks.size(),
                    row.impl(), state.forks().size()));
        }
        List<double[]> steady = new ArrayList<>();
        for (int k = 0; k < forks.size(); k++) {
            double[] measured = forks.get(k);
            Summary.ForkState fork = state.forks().get(k);
            int end = Math.min(measured.length, fork.iterations() - fork.measuredFrom());
            if (end < 1) {
                throw new IllegalArgumentException(file + ": fork " + (k + 1) + " of " + row.impl()
                        + " has no measured iteration (edited?)");
            }
            steady.add(Arrays.copyOfRange(measured, Math.min(fork.steadyMeasuredFrom(), end - 1), end));
        }
        return steady;
    }

    private static Map<String, List<double[]>> read(Path file, Kind kind) {
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

    /** Every benchmark's raw iteration scores, per fork. */
    private static Map<String, List<double[]>> jmh(Path file, JsonNode benchmarks) {
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (JsonNode benchmark : benchmarks) {
            JsonNode impl = benchmark.path("params").path("impl");
            JsonNode forks = benchmark.path("primaryMetric").path("rawData");
            if (!impl.isTextual() || !forks.isArray()) {
                throw new IllegalArgumentException(file + " is not JMH JSON of oxbench (a benchmark lacks params.impl"
                        + " or primaryMetric.rawData)");
            }
            samples.put(impl.asText(), perFork(file, impl.asText(), forks, sample -> {
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
    private static Map<String, List<double[]>> external(Path file, JsonNode records) {
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (JsonNode record : records) {
            JsonNode impl = record.path("impl");
            JsonNode units = record.path("units_per_operation");
            JsonNode forks = record.path("forks");
            if (!impl.isTextual() || !units.canConvertToInt() || units.asInt() < 1 || !forks.isArray()) {
                throw new IllegalArgumentException(file + " is not external-driver JSON of oxbench (a record lacks impl,"
                        + " a positive units_per_operation or forks)");
            }
            samples.put(impl.asText(), perFork(file, impl.asText(), forks, sample -> {
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

    private static List<double[]> perFork(Path file, String impl, JsonNode forks, ToDoubleFunction<JsonNode> value) {
        List<double[]> all = new ArrayList<>();
        for (JsonNode fork : forks) {
            if (!fork.isArray()) {
                throw new IllegalArgumentException(file + ": a fork of " + impl + " is not a list of iterations (edited?)");
            }
            double[] iterations = new double[fork.size()];
            int i = 0;
            for (JsonNode sample : fork) {
                iterations[i++] = value.applyAsDouble(sample);
            }
            all.add(iterations);
        }
        return all;
    }

    private static double[] pooled(List<double[]> forks) {
        return forks.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
