package oxbench.stories.fingerprint;

import oxbench.corpus.GuestCalls;
import oxbench.corpus.NodeListInput;
import oxbench.env.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The Python prototype running in GraalPy, called the way a Python program calls it: once per
 * file, with that file's list of node strings. Subclasses swap its hot path for Rust.
 */
abstract class InGraalPy implements Implementation<NodeListInput> {

    /** Languages the context needs besides Python. */
    String[] languages() {
        return new String[] {"python"};
    }

    /**
     * Replaces {@code fingerprint.calculate_fingerprint} with Rust, or leaves the prototype as is.
     *
     * @return what to close with the context (e.g. a native library), or null
     */
    abstract AutoCloseable migrate(Context context) throws Exception;

    /** Python on GraalPy (calling Rust or not): the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(NodeListInput input) throws Exception {
        Context context = Guests.shared().newContext(languages());
        try {
            Value module = Guests.loadPythonModule(context, "fingerprint");
            AutoCloseable rust = migrate(context);
            Value calculate = module.getMember("calculate_fingerprint");
            return GuestCalls.of(context, rust, calculate, context.eval("python", GuestCalls.PYTHON_LIST), input);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    static String graalPy() {
        return "GraalPy " + BuildInfo.graalvm();
    }
}
