package oxbench.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import oxbench.env.Scratch;
import oxbench.results.Json;

/**
 * One running driver, driven one iteration at a time by the stepped protocol documented at the top of
 * {@code polyglot-samples/python/driver.py}: the driver writes its result file and says {@code ready},
 * then answers every {@code iterate MS} with one {@code {"ops", "nanos"}} line until {@code end}.
 * Whatever goes wrong (the process dies, says something else, or does not answer in time) is a
 * {@link DriverFailure} of one line, and the process is killed when it is closed.
 */
public final class DriverProcess implements AutoCloseable {
    /** Longest a driver may take to compute its output once and say ready. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(600);
    /** Longest one iteration may take beyond what it was asked for (one operation can be slow). */
    static final Duration ITERATION_SLACK = Duration.ofSeconds(600);
    /** How long a driver gets to exit after {@code end}, or to report its exit status after its stdout closed. */
    private static final long EXIT_SECONDS = 10;
    /** What the stdout reader puts in the queue when stdout ends. */
    private static final String END_OF_OUTPUT = new String("end of output");

    private final String program;
    private final Path result;
    private final Process process;
    private final Path stderr;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private DriverProcess(String program, Path result, Process process, Path stderr) {
        this.program = program;
        this.result = result;
        this.process = process;
        this.stderr = stderr;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        // stdout is read on a thread of its own, so that every wait for a line can time out.
        this.reader = Thread.ofPlatform().daemon().name("oxbench-driver-stdout").start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed or closed its stdout: the same as the end of its output
            } finally {
                lines.add(END_OF_OUTPUT);
            }
        });
    }

    /** Starts {@code command} ({@code program} is its name in messages); it writes its result to {@code result}. */
    static DriverProcess start(String program, List<String> command, Path result) throws IOException {
        Path stderr = Files.createTempFile(Scratch.dir(), "oxbench-driver-", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            return new DriverProcess(program, result, process, stderr);
        } catch (IOException e) {
            Files.deleteIfExists(stderr);
            throw e;
        }
    }

    /**
     * Waits for {@code ready} and reads the result file the driver wrote before it.
     *
     * @throws DriverFailure when the driver fails first, says something else or not within {@code timeout}
     */
    public DriverResult ready(Duration timeout) throws DriverFailure, InterruptedException {
        String line = next("say ready", timeout);
        if (!line.equals("ready")) {
            throw new DriverFailure(program + " said " + quoted(line) + " where the protocol says ready");
        }
        return read(result);
    }

    /**
     * Runs one iteration of whole operations lasting at least {@code millis} (at least one operation).
     *
     * @throws DriverFailure when the driver fails, answers something other than {@code {"ops" >= 1, "nanos" >= 1}}
     *                       or does not answer within {@code millis} and {@link #ITERATION_SLACK}
     */
    public DriverResult.Sample iterate(int millis) throws DriverFailure, InterruptedException {
        send("iterate " + millis);
        String line = next("answer iterate " + millis, Duration.ofMillis(millis).plus(ITERATION_SLACK));
        JsonNode sample;
        try {
            sample = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            sample = null;
        }
        if (sample == null || !sample.isObject() || !sample.path("ops").isIntegralNumber() || !sample.path("nanos").isIntegralNumber()
                || sample.get("ops").asLong() < 1 || sample.get("nanos").asLong() < 1) {
            throw new DriverFailure(program + " answered iterate with " + quoted(line) + ", not {\"ops\" >= 1, \"nanos\" >= 1}");
        }
        return new DriverResult.Sample(sample.get("ops").asLong(), sample.get("nanos").asLong());
    }

    /** Sends {@code end} and waits a little for the driver to exit; kills it if it does not, and forgets its stderr. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (process.isAlive()) {
                try {
                    commands.write("end\n");
                    commands.close();
                } catch (IOException e) {
                    // it is exiting already
                }
                if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            reader.join(TimeUnit.SECONDS.toMillis(EXIT_SECONDS));
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(stderr);
        }
    }

    /** Whether the driver's process still runs. */
    boolean alive() {
        return process.isAlive();
    }

    private void send(String command) throws DriverFailure, InterruptedException {
        try {
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            // a closed pipe: the driver has exited; say how
            next("read " + command, Duration.ofSeconds(EXIT_SECONDS));
            throw new DriverFailure(program + " stopped reading commands: " + oneLine(e.getMessage()));
        }
    }

    /** The driver's next line on stdout, or a failure saying why there is none. */
    private String next(String what, Duration timeout) throws DriverFailure, InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            process.destroyForcibly().waitFor();
            throw new DriverFailure(program + " did not " + what + " within "
                    + BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString() + " s");
        }
        if (line != END_OF_OUTPUT) {
            return line;
        }
        if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new DriverFailure(program + " closed its output without exiting, before it would " + what);
        }
        String last = lastErrorLine();
        throw new DriverFailure(process.exitValue() != 0 ? program + " exited with status " + process.exitValue() + ": " + last
                : program + " exited before it would " + what + ": " + last);
    }

    private String lastErrorLine() {
        try {
            return Files.readAllLines(stderr, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .reduce((a, b) -> b).map(String::strip).orElse("(nothing on stderr)");
        } catch (IOException e) {
            return "(its stderr is unreadable: " + oneLine(e.getMessage()) + ")";
        }
    }

    /** The result file, checked field by field: a driver that writes garbage fails with what was wrong. */
    static DriverResult read(Path result) throws DriverFailure {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(result.toFile());
        } catch (IOException e) {
            throw new DriverFailure("the driver wrote no readable result (" + oneLine(e.getMessage()) + ")");
        }
        if (json == null || !json.isObject() || !json.path("runtime").isTextual() || !json.has("output")) {
            throw new DriverFailure("the driver's result is not {\"runtime\", \"output\"}: " + abbreviate(String.valueOf(json)));
        }
        return new DriverResult(json.get("runtime").asText(), json.get("output"));
    }

    private static String quoted(String line) {
        return "\"" + abbreviate(line.strip()) + "\"";
    }

    private static String oneLine(String message) {
        return message == null ? "" : abbreviate(message.lines().findFirst().orElse(""));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
