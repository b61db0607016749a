package oxbench.stories.strategyservice;

import java.util.List;
import oxbench.env.Home;
import oxbench.corpus.NodeListInput;
import oxbench.rust.JavaCallsNative;
import oxbench.rust.NativeRust;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.Iterations;
import oxbench.story.MeasurementNeeds;
import oxbench.story.Plans;

/** {@code rust@ffm}: the service's function called in-process through FFM, the strategy it is compared with. */
final class RustInProcess extends JavaCallsNative<NodeListInput> {
    /**
     * The in-process call, native code behind one downcall plus the Java that encodes the node lists:
     * on an idle machine 80 us per file in the first second and 51 us from the third on in one quick run,
     * from the fifth on in another, so a quick run warms it up for 4 s.
     */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.HOST).withPlans(new Plans(new Iterations(1, 8, 500, 6, 250), new Iterations(3, 5, 1000, 5, 1000)));
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
