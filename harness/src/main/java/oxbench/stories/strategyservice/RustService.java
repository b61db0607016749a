package oxbench.stories.strategyservice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import oxbench.env.Home;

/**
 * rust-core's HTTP service ({@code oxbench-serve}) as a child process of this JVM: started on a free
 * loopback port, checked for readiness, and stopped on every way out.
 *
 * <ul>
 *   <li>{@link #close()} ends it and waits for it to be gone (its port is free afterwards);
 *   <li>a shutdown hook does the same when the JVM exits without {@code close()} (an ordinary exit,
 *       Ctrl-C, SIGTERM);
 *   <li>a killed JVM runs no hook, but its end closes the service's standard input, which the service
 *       watches: it exits on end of input.
 * </ul>
 */
public final class RustService implements AutoCloseable {
    /** How long the service may take to print its address and answer {@code /health}. */
    public static final Duration READY_WITHIN = Duration.ofSeconds(10);

    private static final Duration STOP_WITHIN = Duration.ofSeconds(5);

    private final Process process;
    private final URI base;
    private final Thread shutdownHook;

    private RustService(Process process, URI base) {
        this.process = process;
        this.base = base;
        this.shutdownHook = new Thread(this::stop, "oxbench-serve shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the service built with rust-core (see {@link Home#serviceBinary()}). */
    public static RustService start() {
        return start(Home.serviceBinary(), READY_WITHIN);
    }

    /**
     * Starts {@code binary} on a free loopback port and returns once it answers {@code GET /health},
     * or throws a one-line {@link IllegalStateException} (the process is stopped first) when it cannot
     * be started, prints no loopback address, or is not ready within {@code deadline}.
     */
    public static RustService start(Path binary, Duration deadline) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing or not executable: build it with ./bench setup");
        }
        long until = System.nanoTime() + deadline.toNanos();
        Process process;
        try {
            // stdin stays a pipe that only this JVM holds: its end is the service's signal to exit.
            process = new ProcessBuilder(binary.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary + ": " + e.getMessage(), e);
        }
        RustService service;
        try {
            service = new RustService(process, URI.create("http://" + address(process, deadline, until) + "/"));
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
        try {
            service.awaitHealth(deadline, until);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    /**
     * The service's first line of output, its {@code host:port}, read before {@code until}; the rest of
     * its output (errors, one line each) is drained so that it can never block on a full pipe.
     */
    private static String address(Process process, Duration deadline, long until) {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("oxbench-serve output").start(() -> drain(output, firstLine));
        String line;
        try {
            line = firstLine.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("oxbench-serve printed no address within " + seconds(deadline));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read oxbench-serve's output: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for oxbench-serve");
        }
        if (line == null) {
            throw new IllegalStateException("oxbench-serve exited before printing its address" + exitCode(process));
        }
        if (!isLoopback(line)) {
            // Nothing may leave this machine: only a loopback address is ever called. (The line may
            // also be the service's own error message, e.g. when it cannot listen.)
            throw new IllegalStateException("oxbench-serve printed '" + line + "' instead of a loopback address"
                    + exitCode(process));
        }
        return line;
    }

    private static void drain(BufferedReader output, CompletableFuture<String> firstLine) {
        try (output) {
            firstLine.complete(output.readLine());
            for (String line; (line = output.readLine()) != null; ) {
                System.err.println(line);
            }
        } catch (IOException e) {
            firstLine.completeExceptionally(e);
        }
    }

    /** Whether {@code line} is {@code host:port} with a literal loopback IP address as host. */
    static boolean isLoopback(String line) {
        int colon = line.lastIndexOf(':');
        if (colon < 1 || !line.substring(colon + 1).matches("[0-9]{1,5}")) {
            return false;
        }
        String host = line.substring(0, colon);
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]")) {
            return false; // a name would need a lookup; the service prints an IP address
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + " s";
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? " (exit code " + process.exitValue() + ")" : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Calls {@code GET /health} until it answers 200, retrying (the service may still be starting) until {@code until}. */
    private void awaitHealth(Duration deadline, long until) {
        try (HttpClient client = client()) {
            HttpRequest health = HttpRequest.newBuilder(uri("health")).timeout(Duration.ofSeconds(1)).GET().build();
            String lastProblem = "no answer";
            while (System.nanoTime() - until < 0) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("oxbench-serve exited before it was ready" + exitCode(process));
                }
                try {
                    HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return;
                    }
                    lastProblem = "GET /health answered " + response.statusCode() + " " + response.body().strip();
                } catch (IOException e) {
                    lastProblem = "GET /health failed: " + e;
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("oxbench-serve at " + base + " was not ready within "
                    + seconds(deadline) + " (" + lastProblem + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for oxbench-serve");
        }
    }

    /**
     * A client for this service: HTTP/1.1 (the service speaks nothing else, and an HTTP/2 upgrade
     * attempt would cost a round trip) and no proxy, whatever the JVM's proxy settings, so that calls
     * stay on loopback.
     */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The URI of {@code path} (relative, e.g. {@code fingerprint}) on this service. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** The service's port. */
    public int port() {
        return base.getPort();
    }

    /** The service's process (for tests: whether it is alive, its standard input). */
    Process process() {
        return process;
    }

    /** Stops the service and waits for it to exit; the shutdown hook is no longer needed. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it stops the process too, harmlessly twice.
        }
        stop();
    }

    private void stop() {
        stop(process);
    }

    /** Ends the process: SIGTERM (which it does not catch), then SIGKILL if it is still there. */
    private static void stop(Process process) {
        closeQuietly(process.getOutputStream());
        process.destroy();
        try {
            if (!process.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable stream) {
        try {
            stream.close();
        } catch (Exception ignored) {
            // The pipe is already broken: the process is gone or going.
        }
    }
}
