package oxbench.stories.strategyservice;

import java.util.List;
import oxbench.env.Home;
import oxbench.corpus.NodeListInput;
import oxbench.rust.JavaCallsNative;
import oxbench.rust.NativeRust;
import oxbench.story.Workload;

/** {@code rust@ffm}: the service's function called in-process through FFM, the strategy it is compared with. */
final class RustInProcess extends JavaCallsNative<NodeListInput> {
    @Override
    public Workload open(NodeListInput input) {
        List<byte[]> nodeLists = TimedCalls.nodeLists(input);
        NativeRust rust = new NativeRust(Home.nativeLibrary());
        NativeRust.BytesToLong fingerprint = rust.bytesToLong("oxb_fingerprint");
        return new Workload() {
            @Override
            public long[] run() {
                return TimedCalls.fingerprints(nodeLists, fingerprint::apply);
            }

            @Override
            public void close() {
                rust.close();
            }
        };
    }
}
