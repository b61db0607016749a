package oxbench.stories.fingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import oxbench.corpus.NodeListInput;
import oxbench.external.Drivers;
import oxbench.external.ExternalImplementation;
import oxbench.story.MeasurementNeeds;

/**
 * The same prototype file as {@code python@graalpy}, {@code polyglot-samples/python/fingerprint.py},
 * under CPython ({@code python3}) in a separate process: the setting the guide's "Python, 200ms per
 * file" comes from. The driver ({@code driver.py}) calls {@code calculate_fingerprint} on each file's
 * node list, exactly the input the in-process rows get.
 */
public final class PythonOnCPython extends ExternalImplementation<NodeListInput> {
    public PythonOnCPython() {
        super("python@cpython", "python", Drivers.cpython("fingerprint", "calculate_fingerprint"));
    }

    @Override
    protected Object output(JsonNode output, NodeListInput input) {
        return fingerprints(output);
    }

    /** The fingerprints, as every fingerprint driver (CPython, PyO3, Go) writes them: 16 hex digits each. */
    public static long[] fingerprints(JsonNode output) {
        long[] fingerprints = new long[output.size()];
        for (int i = 0; i < fingerprints.length; i++) {
            fingerprints[i] = Long.parseUnsignedLong(output.get(i).asText(), 16);
        }
        return fingerprints;
    }

    /** Outside the JVM, without a JIT to wait for: {@link FingerprintStory#NO_JIT_TO_WAIT_FOR}. */
    @Override
    public MeasurementNeeds measurement() {
        return FingerprintStory.NO_JIT_TO_WAIT_FOR;
    }
}
