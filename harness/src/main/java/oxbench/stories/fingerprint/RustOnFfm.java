package oxbench.stories.fingerprint;

import oxbench.corpus.NodeListInput;
import oxbench.rust.NodeLists;
import oxbench.env.Home;
import oxbench.rust.NativeRust;
import oxbench.rust.JavaCallsNative;
import oxbench.story.Workload;

/**
 * {@code rust@ffm}: Java calls the native Rust library through FFM. The node lists are encoded
 * once, before timing, so the time is the Rust function and its call (no Python in the path).
 */
final class RustOnFfm extends JavaCallsNative<NodeListInput> {
    @Override
    public Workload open(NodeListInput input) {
        byte[][] buffers = input.files().stream().map(file -> NodeLists.encode(file.nodes())).toArray(byte[][]::new);
        NativeRust rust = new NativeRust(Home.nativeLibrary());
        NativeRust.BytesToLong fingerprint = rust.bytesToLong("oxb_fingerprint");
        return new Workload() {
            @Override
            public long[] run() {
                long[] fingerprints = new long[buffers.length];
                for (int i = 0; i < buffers.length; i++) {
                    fingerprints[i] = fingerprint.apply(buffers[i]);
                }
                return fingerprints;
            }

            @Override
            public void close() {
                rust.close();
            }
        };
    }
}
