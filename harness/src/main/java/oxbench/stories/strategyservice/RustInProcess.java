package oxbench.stories.strategyservice;

import java.util.List;
import oxbench.env.Home;
import oxbench.corpus.NodeListInput;
import oxbench.rust.JavaCallsNative;
import oxbench.rust.NativeRust;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/** {@code rust@ffm}: the service's function called in-process through FFM, the strategy it is compared with. */
final class RustInProcess extends JavaCallsNative<NodeListInput> {
    /** The in-process call: native code behind one downcall plus the Java that encodes the node lists. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.HOST);
    }

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
