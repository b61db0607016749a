package oxbench.external;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import oxbench.story.Unavailable;

/**
 * How to start one external driver: a program found on the {@code PATH} (e.g. {@code python3}),
 * the driver script it runs and the script's first arguments (story and function). oxbench adds
 * {@code --input IN --result OUT} and then drives it one iteration at a time ({@link DriverProcess});
 * the protocol is at the top of {@code polyglot-samples/python/driver.py}.
 *
 * @param program     the executable's name, looked up on the PATH
 * @param arguments   what comes before oxbench's own arguments (the script and what it runs)
 * @param naming      turns the first line of {@code program --version} into the runtime's name
 * @param install     how to get the program, for the "unavailable" message
 */
public record Driver(String program, List<String> arguments, UnaryOperator<String> naming, String install) {
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
     * Starts the driver on {@code input}: it writes its result to {@code result} and then waits for
     * commands ({@link DriverProcess}).
     *
     * @throws Unavailable when the program is not installed or not built
     */
    public DriverProcess start(Path input, Path result) throws Unavailable, IOException {
        requireAvailable();
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(arguments);
        command.addAll(List.of("--input", input.toString(), "--result", result.toString()));
        return DriverProcess.start(program, command, result);
    }
}
