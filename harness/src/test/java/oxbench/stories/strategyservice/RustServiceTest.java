package oxbench.stories.strategyservice;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import oxbench.env.Home;
import oxbench.rust.NodeLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** oxbench-serve as {@link RustService} runs it: start, readiness, answers, bad requests, and every way it stops. */
class RustServiceTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient client, RustService service, String path) throws Exception {
        return send(client, HttpRequest.newBuilder(service.uri(path)).GET().build());
    }

    /** Writes {@code request} on a new connection and reads until the service closes it. */
    private static String raw(RustService service, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
        }
    }

    private static long statusLines(String responses) {
        return responses.lines().filter(line -> line.startsWith("HTTP/1.1 ")).count();
    }

    @Test
    void startsOnALoopbackPortAndAnswersHealth() throws Exception {
        try (RustService service = RustService.start(); HttpClient client = RustService.client()) {
            assertTrue(service.port() > 0);
            assertEquals("127.0.0.1", service.uri("health").getHost());
            HttpResponse<String> health = get(client, service, "health");
            assertEquals(200, health.statusCode());
            assertEquals("ok\n", health.body());
        }
    }

    @Test
    void answersWithTheFingerprintOfTheNodeList() throws Exception {
        // The nodes of print("hi"), whose fingerprint rust-core's and the prototype's tests both pin.
        byte[] nodes = NodeLists.encode(List.of("Module", "Expr", "Call", "Name id='print'", "Constant value='hi' kind=None", "Load"));
        try (RustService service = RustService.start(); HttpClient client = RustService.client()) {
            assertEquals(0xf92df8cd6e4116cbL, RustOverHttp.post(client, service.uri("fingerprint"), nodes));
        }
    }

    @Test
    void badRequestsGetAOneLine4xxAndTheServiceGoesOn() throws Exception {
        try (RustService service = RustService.start(); HttpClient client = RustService.client()) {
            HttpResponse<String> malformed = send(client, HttpRequest.newBuilder(service.uri("fingerprint"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {9, 0, 0, 0, 'x'})).build());
            assertEquals(400, malformed.statusCode());
            assertEquals("node list truncated at byte 0\n", malformed.body());

            HttpResponse<String> wrongMethod = get(client, service, "fingerprint");
            assertEquals(405, wrongMethod.statusCode());
            assertEquals(List.of("POST"), wrongMethod.headers().allValues("allow"));
            assertEquals(404, get(client, service, "nowhere").statusCode());

            // Framing it cannot trust: answered, then that connection (only) is closed.
            String noLength = raw(service, "POST /fingerprint HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\n\r\n");
            assertTrue(noLength.startsWith("HTTP/1.1 411 "), noLength);
            assertEquals(1, statusLines(noLength), noLength);
            String garbage = raw(service, "\u0001\u0002 nonsense\r\n\r\n");
            assertTrue(garbage.startsWith("HTTP/1.1 400 "), garbage);
            assertEquals(1, garbage.substring(garbage.indexOf("\r\n\r\n") + 4).lines().count(), garbage);

            assertEquals(200, get(client, service, "health").statusCode());
            assertEquals(0xcbf29ce484222325L, RustOverHttp.post(client, service.uri("fingerprint"), new byte[0]));
        }
    }

    @Test
    void oneConnectionServesRequestsInTurn() throws Exception {
        try (RustService service = RustService.start()) {
            String responses = raw(service, "GET /health HTTP/1.1\r\n\r\nGET /nowhere HTTP/1.1\r\n\r\n"
                    + "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n");
            assertEquals(List.of("HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK"),
                    responses.lines().filter(line -> line.startsWith("HTTP/1.1 ")).toList());
        }
    }

    @Test
    void closeStopsTheProcessAndFreesThePort() throws Exception {
        RustService service = RustService.start();
        Process process = service.process();
        int port = service.port();
        service.close();
        assertFalse(process.isAlive());
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        try (ServerSocket reused = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, reused.getLocalPort());
        }
        service.close(); // a second close is harmless
    }

    @Test
    void exitsWhenItsStandardInputCloses() throws Exception {
        try (RustService service = RustService.start()) {
            Process process = service.process();
            process.getOutputStream().close();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "still running after its stdin closed");
            assertEquals(0, process.exitValue());
        }
    }

    @Test
    void exitsOnSigterm() throws Exception {
        try (RustService service = RustService.start()) {
            Process process = service.process();
            process.destroy(); // SIGTERM, with stdin still open
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "still running after SIGTERM");
            assertEquals(143, process.exitValue(), "128 + SIGTERM: ended by the signal");
        }
    }

    /** Starts {@link ServiceChild} in a new JVM; returns it once it has printed the service's PID. */
    private static Process childJvm(String how, long[] servicePid) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-Doxbench.home=" + Home.dir(), "-cp", System.getProperty("java.class.path"),
                ServiceChild.class.getName(), how).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(child.getInputStream(), ISO_8859_1)).readLine();
        assertTrue(line != null && line.matches("[0-9]+"), "the child JVM printed " + line);
        servicePid[0] = Long.parseLong(line);
        return child;
    }

    /** Whether {@code pid} runs (exists and is not a zombie waiting to be reaped by whoever adopted it). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException gone) {
            return false;
        }
    }

    private static void awaitEnd(long pid, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (running(pid) && System.nanoTime() - until < 0) {
            Thread.sleep(20);
        }
        assertFalse(running(pid), "the service still runs after " + what);
    }

    @Test
    void theServiceEndsWithAJvmThatExitsWithoutClosingIt() throws Exception {
        long[] servicePid = new long[1];
        Process child = childJvm("exit", servicePid);
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        awaitEnd(servicePid[0], "its JVM exited (shutdown hook)");
    }

    @Test
    void theServiceEndsWithAJvmThatIsKilled() throws Exception {
        long[] servicePid = new long[1];
        Process child = childJvm("wait", servicePid);
        assertTrue(running(servicePid[0]));
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        awaitEnd(servicePid[0], "its JVM was killed (end of its stdin)");
    }

    @Test
    void aMissingBinaryIsAOneLineError() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> RustService.start(dir.resolve("oxbench-serve"), Duration.ofSeconds(1)));
        assertEquals(dir.resolve("oxbench-serve") + " is missing or not executable: build it with ./bench setup", error.getMessage());
    }

    /** A stand-in for the service: a shell script that records its PID, then does {@code body}. */
    private Path fakeService(String body) throws IOException {
        Path script = dir.resolve("fake-serve");
        Files.writeString(script, "#!/bin/sh\necho $$ > " + dir.resolve("pid") + "\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /** The stand-in's failure message, after checking that it was stopped. */
    private String failureOf(String body) throws Exception {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> RustService.start(fakeService(body), Duration.ofMillis(500)));
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        return error.getMessage();
    }

    @Test
    void aServiceThatNeverGetsReadyIsStoppedWithAOneLineError() throws Exception {
        assertEquals("oxbench-serve printed no address within 0.5 s", failureOf("exec sleep 60"));
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = closed.getLocalPort();
            closed.close(); // a loopback port where nothing listens
            String message = failureOf("echo 127.0.0.1:" + port + "; exec sleep 60");
            assertTrue(message.startsWith("oxbench-serve at http://127.0.0.1:" + port + "/ was not ready within 0.5 s (GET /health failed: "),
                    message);
        }
        assertEquals("oxbench-serve exited before printing its address (exit code 3)", failureOf("exit 3"));
        assertEquals("oxbench-serve printed 'cannot listen' instead of a loopback address (exit code 1)",
                failureOf("echo 'cannot listen'; exit 1"));
    }

    @Test
    void onlyLoopbackAddressesAreCalled() throws Exception {
        assertTrue(RustService.isLoopback("127.0.0.1:8080"));
        assertTrue(RustService.isLoopback("[::1]:8080"));
        assertFalse(RustService.isLoopback("10.0.0.1:8080"));
        assertFalse(RustService.isLoopback("localhost:8080"));
        assertFalse(RustService.isLoopback("127.0.0.1"));
        assertTrue(failureOf("echo 192.0.2.1:80; exec sleep 60").startsWith("oxbench-serve printed '192.0.2.1:80' instead of a loopback address"));
    }
}
