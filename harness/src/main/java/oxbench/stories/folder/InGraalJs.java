package oxbench.stories.folder;

import oxbench.env.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.story.CodeKind;
import oxbench.story.Implementation;
import oxbench.story.MeasurementNeeds;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * A JavaScript function in GraalJS called once per input with that input's {@code Uint8Array}, made
 * when it is opened. Subclasses decide what the function is: the prototype, or the Rust port through
 * the {@code WebAssembly} API.
 */
abstract class InGraalJs implements Implementation<FolderInput> {
    /** Languages the context needs besides JavaScript. */
    String[] languages() {
        return new String[] {"js"};
    }

    /** The JavaScript function of one input's Uint8Array, loaded into {@code context}. */
    abstract Value function(Context context, FolderInput input) throws Exception;

    /** JavaScript on GraalJS (calling wasm or not): compiled by the Truffle JIT. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(FolderInput input) throws Exception {
        Context context = Guests.shared().newContext(languages());
        try {
            Value function = function(context, input);
            return new EachInput<>(function::execute, GuestBytes.uint8Arrays(context, input), context);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    static String graalJs() {
        return "GraalJS " + BuildInfo.graalvm();
    }
}
