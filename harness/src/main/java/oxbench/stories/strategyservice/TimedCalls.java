package oxbench.stories.strategyservice;

import java.util.List;
import java.util.function.ToLongFunction;
import oxbench.corpus.NodeListInput;
import oxbench.rust.NodeLists;
import oxbench.jmh.Observations;

/**
 * One call per file, each timed: both implementations of the service story run this loop, so they
 * differ only in the call (over HTTP or in-process) and pay the same for the timing itself.
 */
final class TimedCalls {
    /** The name the per-call latencies are recorded under (median and p99 in the results). */
    static final String CALL_LATENCY = "call latency";

    private TimedCalls() {}

    /** Every file's node list in rust-core's wire format, made before timing. */
    static List<byte[]> nodeLists(NodeListInput input) {
        return input.files().stream().map(file -> NodeLists.encode(file.nodes())).toList();
    }

    /** The fingerprint of every node list, one {@code call} each, recording each call's latency. */
    static long[] fingerprints(List<byte[]> nodeLists, ToLongFunction<byte[]> call) {
        long[] fingerprints = new long[nodeLists.size()];
        for (int i = 0; i < fingerprints.length; i++) {
            long start = System.nanoTime();
            fingerprints[i] = call.applyAsLong(nodeLists.get(i));
            Observations.record(CALL_LATENCY, System.nanoTime() - start);
        }
        return fingerprints;
    }
}
