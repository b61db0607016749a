package oxbench.stories.fingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import oxbench.corpus.NodeListInput;
import oxbench.external.Drivers;
import oxbench.external.ExternalImplementation;
import oxbench.story.MeasurementNeeds;

/**
 * The guide's "Go to Rust" route on the fingerprint story, as separate processes
 * ({@code polyglot-samples/go}): {@code go@go} is the prototype ported to Go, {@code go+rust@cgo}
 * the same Go program calling rust-core's {@code oxb_fingerprint} through cgo (linked statically;
 * each call converts the Go strings to the wire format, as the guide's wrapper passes bytes).
 */
public final class GoProgram extends ExternalImplementation<NodeListInput> {
    private GoProgram(String id, String language, String bridge, String binary, String function) {
        super(id, language, bridge, Drivers.go(binary, "fingerprint", function));
    }

    static GoProgram go() {
        return new GoProgram("go@go", "go", "", "oxbench-go-driver", "calculate_fingerprint");
    }

    static GoProgram goWithRust() {
        return new GoProgram("go+rust@cgo", "go+rust", " -> cgo -> native (rustc, static)", "oxbench-go-rust-driver", "rust_fingerprint");
    }

    @Override
    protected Object output(JsonNode output, NodeListInput input) {
        return PythonOnCPython.fingerprints(output);
    }

    /** Outside the JVM, without a JIT to wait for: {@link FingerprintStory#NO_JIT_TO_WAIT_FOR}. */
    @Override
    public MeasurementNeeds measurement() {
        return FingerprintStory.NO_JIT_TO_WAIT_FOR;
    }
}
