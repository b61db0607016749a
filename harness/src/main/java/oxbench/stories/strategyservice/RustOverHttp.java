package oxbench.stories.strategyservice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import oxbench.corpus.NodeListInput;
import oxbench.rust.RustToolchain;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/**
 * {@code rust@http-loopback}: the guide's Strategy 2. rust-core's fingerprint runs in its own process
 * ({@code oxbench-serve}, started by {@link #open} and stopped by the workload's close) and Java calls
 * it with {@code POST /fingerprint}, one request per file, through one {@link HttpClient} (HTTP/1.1,
 * so one kept-alive connection) on loopback.
 */
final class RustOverHttp implements Implementation<NodeListInput> {
    @Override
    public String id() {
        return "rust@http-loopback";
    }

    @Override
    public String language() {
        return "rust";
    }

    @Override
    public String runtime() {
        return "native (rustc " + RustToolchain.version() + ") in oxbench-serve, via java.net.http HTTP/1.1 on loopback";
    }

    /** java.net.http in this JVM (compiled by C2) posting to the Rust service's process: the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.HOST);
    }

    @Override
    public Workload open(NodeListInput input) {
        List<byte[]> nodeLists = TimedCalls.nodeLists(input);
        RustService service = RustService.start();
        HttpClient client;
        try {
            client = RustService.client();
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        URI fingerprint = service.uri("fingerprint");
        return new Workload() {
            @Override
            public long[] run() {
                return TimedCalls.fingerprints(nodeLists, nodeList -> post(client, fingerprint, nodeList));
            }

            @Override
            public void close() {
                client.close();
                service.close();
            }
        };
    }

    /** One request, as a client of the service makes it: built, sent, answered, parsed. */
    static long post(HttpClient client, URI fingerprint, byte[] nodeList) {
        HttpRequest request = HttpRequest.newBuilder(fingerprint)
                .POST(HttpRequest.BodyPublishers.ofByteArray(nodeList))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + fingerprint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + fingerprint, e);
        }
        String body = response.body().strip();
        if (response.statusCode() != 200 || body.length() != 16) {
            throw new IllegalStateException("POST " + fingerprint + " answered " + response.statusCode() + " " + body);
        }
        return HexFormat.fromHexDigitsToLong(body);
    }
}
