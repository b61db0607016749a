package oxbench.stories.strategyservice;

import java.util.List;
import oxbench.Home;
import oxbench.stories.fingerprint.FingerprintInput;
import oxbench.rust.JavaCallsNative;
import oxbench.rust.NativeRust;
import oxbench.story.Workload;

/** {@code rust@ffm}: the service's function called in-process through FFM, the strategy it is compared with. */
final class RustInProcess extends JavaCallsNative<FingerprintInput> {
    @Override
    public Workload open(FingerprintInput input) {
        List<byte[]> nodeLists = TimedCalls.nodeLists(input);
        NativeRust rust = new NativeRust(Home.nativeLibrary());
        return new Workload() {
            @Override
            public long[] run() {
                return TimedCalls.fingerprints(nodeLists, rust::fingerprint);
            }

            @Override
            public void close() {
                rust.close();
            }
        };
    }
}
