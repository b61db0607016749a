package oxbench.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import oxbench.env.Scratch;
import oxbench.results.Json;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * An implementation that runs outside the JVM, in the runtime the guide's own numbers come from
 * (CPython, Node): a driver program started as a separate process on exactly the input the
 * in-process implementations get. It is checked like every other implementation ({@link #open}
 * runs the driver once and returns its output in the story's own type) and measured by
 * {@link ExternalRunner}, never by JMH.
 *
 * @param <I> the story's input
 */
public abstract class ExternalImplementation<I> implements Implementation<I> {
    private final String id;
    private final String language;
    private final Driver driver;
    /** How the row reaches Rust, after the runtime's name (e.g. {@code  -> PyO3 0.17 -> native (rustc)}), or empty. */
    private final String bridge;
    /** The runtime's name, asked of the program once (a row's runtime is read after every measurement). */
    private String runtimeName;

    protected ExternalImplementation(String id, String language, Driver driver) {
        this(id, language, "", driver);
    }

    protected ExternalImplementation(String id, String language, String bridge, Driver driver) {
        this.id = id;
        this.language = language;
        this.bridge = bridge;
        this.driver = driver;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String language() {
        return language;
    }

    /** The runtime's name and version (asked once), how the row reaches Rust, and the program it runs as a separate process. */
    @Override
    public final String runtime() {
        return runtimeName() + bridge + ", separate process (" + Path.of(driver.program()).getFileName() + ")";
    }

    /** The runtime's name and version, e.g. {@code CPython 3.11.7}: {@link Driver#runtimeName()}, asked once. */
    private synchronized String runtimeName() {
        if (runtimeName == null) {
            runtimeName = driver.runtimeName();
        }
        return runtimeName;
    }

    public final Driver driver() {
        return driver;
    }

    /** The driver's {@code output} (JSON) as the story's output, the type its {@code describe} takes. */
    protected abstract Object output(JsonNode output, I input);

    /**
     * Starts the driver over {@code input}, reads the output it wrote when it said {@code ready} and ends
     * it without timing anything.
     *
     * @throws Unavailable when the driver's runtime is not installed
     * @throws DriverFailure when the driver exits with an error, prints no result or does not say ready
     */
    @Override
    public Workload open(I input) throws Exception {
        driver.requireAvailable();
        Path dir = Files.createTempDirectory(Scratch.dir(), id.replace('@', '-') + "-");
        try {
            Path inputFile = dir.resolve("input.json");
            Json.MAPPER.writeValue(inputFile.toFile(), input);
            DriverResult result;
            try (DriverProcess process = driver.start(inputFile, dir.resolve("result.json"))) {
                result = process.ready(DriverProcess.READY_TIMEOUT);
            }
            Object output = output(result.output(), input);
            return () -> output;
        } finally {
            for (Path file : List.of(dir.resolve("input.json"), dir.resolve("result.json"), dir)) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Another process: measured with its story's plans unless its story says otherwise. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.EXTERNAL);
    }
}
