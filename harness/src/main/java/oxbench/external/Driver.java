package oxbench.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import oxbench.env.Scratch;
import oxbench.results.Json;
import oxbench.story.Unavailable;

/**
 * How to start one external driver: a program found on the {@code PATH} (e.g. {@code python3}),
 * the driver script it runs and the script's first arguments (story and function). oxbench adds
 * {@code --input IN --result OUT --warmup-ms N --iterations N --iteration-ms N}; the protocol is in
 * {@code polyglot-samples/python/driver.py}.
 *
 * @param program     the executable's name, looked up on the PATH
 * @param arguments   what comes before oxbench's own arguments (the script and what it runs)
 * @param naming      turns the first line of {@code program --version} into the runtime's name
 * @param install     how to get the program, for the "unavailable" message
 */
public record Driver(String program, List<String> arguments, UnaryOperator<String> naming, String install) {
    /** Longest a driver may take beyond what it was asked to spend warming up and measuring. */
    static final long SLACK_SECONDS = 600;

    public Driver {
        arguments = List.copyOf(arguments);
    }

    /** The program (a path, or a name looked up on the PATH), or null when there is none. */
    public Path executable() {
        if (program.contains(File.separator)) {
            Path built = Path.of(program);
            return Files.isRegularFile(built) && Files.isExecutable(built) ? built : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    void requireAvailable() throws Unavailable {
        if (executable() == null) {
            throw new Unavailable(program + (program.contains(File.separator) ? " is not built; " : " is not installed (not on the PATH); ")
                    + install);
        }
    }

    /** The runtime's name and version, e.g. {@code CPython 3.11.7}, or why it is unknown. */
    public String runtimeName() {
        Path executable = executable();
        if (executable == null) {
            return program + " (not installed)";
        }
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("").strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || first.isEmpty()) {
                return program + " (version unknown)";
            }
            return naming.apply(first);
        } catch (IOException e) {
            return program + " (version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return program + " (version unknown)";
        }
    }

    /**
     * Runs the driver once: its output, then {@code warmupMillis} of unrecorded calls and
     * {@code iterations} measured iterations of at least {@code iterationMillis} each.
     */
    DriverResult run(Path input, Path result, int warmupMillis, int iterations, int iterationMillis)
            throws DriverFailure, Unavailable, IOException, InterruptedException {
        requireAvailable();
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(arguments);
        command.addAll(List.of("--input", input.toString(), "--result", result.toString(),
                "--warmup-ms", Integer.toString(warmupMillis), "--iterations", Integer.toString(iterations),
                "--iteration-ms", Integer.toString(iterationMillis)));
        Path stderr = Files.createTempFile(Scratch.dir(), "oxbench-driver-", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile())
                    .start();
            long limit = SLACK_SECONDS + (warmupMillis + (long) iterations * iterationMillis) / 1000;
            if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new DriverFailure(program + " did not finish within " + limit + " s");
            }
            if (process.exitValue() != 0) {
                String last = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank()).reduce((a, b) -> b).orElse("(nothing on stderr)");
                throw new DriverFailure(program + " exited with status " + process.exitValue() + ": " + last.strip());
            }
            return read(result);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    /** The result file, checked field by field: a driver that prints garbage fails with what was wrong. */
    static DriverResult read(Path result) throws DriverFailure {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(result.toFile());
        } catch (IOException e) {
            throw new DriverFailure("the driver wrote no readable result (" + oneLine(e.getMessage()) + ")");
        }
        if (json == null || !json.isObject() || !json.path("runtime").isTextual() || !json.has("output")
                || !json.path("samples").isArray()) {
            throw new DriverFailure("the driver's result is not {\"runtime\", \"output\", \"samples\"}: " + abbreviate(String.valueOf(json)));
        }
        List<DriverResult.Sample> samples = new ArrayList<>();
        for (JsonNode sample : json.get("samples")) {
            long ops = sample.path("ops").asLong(0);
            long nanos = sample.path("nanos").asLong(0);
            if (!sample.path("ops").isIntegralNumber() || !sample.path("nanos").isIntegralNumber() || ops < 1 || nanos < 1) {
                throw new DriverFailure("the driver's sample " + abbreviate(sample.toString()) + " is not {\"ops\" >= 1, \"nanos\" >= 1}");
            }
            samples.add(new DriverResult.Sample(ops, nanos));
        }
        return new DriverResult(json.get("runtime").asText(), json.get("output"), samples);
    }

    private static String oneLine(String message) {
        return message == null ? "" : abbreviate(message.lines().findFirst().orElse(""));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
