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
 * A Python program in GraalPy that calls a function once per input, in a Python loop over a Python
 * list of {@code bytes} made when it is opened: {@code [f(x) for x in inputs]}. Subclasses decide what
 * {@code f} is: the prototype, or the Rust port reached from Python.
 */
abstract class InGraalPy implements Implementation<FolderInput> {
    /** The timed loop, the way a Python program maps a function over its inputs. */
    static final String LOOP = "lambda function, inputs: [function(data) for data in inputs]";

    /** Languages the context needs besides Python. */
    String[] languages() {
        return new String[] {"python"};
    }

    /**
     * The Python callable of one input's {@code bytes}, loaded into {@code context}.
     *
     * @param resources where to register what must be closed after the context (e.g. a native library)
     */
    abstract Value function(Context context, FolderInput input, Resources resources) throws Exception;

    /** Python on GraalPy (calling Rust or not): compiled by the Truffle JIT. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(FolderInput input) throws Exception {
        Resources resources = new Resources();
        Context context = Guests.shared().newContext(languages());
        resources.add(context::close);
        try {
            Value function = function(context, input, resources);
            Value inputs = GuestBytes.pythonList(context, input);
            return new Loop(context.eval("python", LOOP), function, inputs, resources);
        } catch (Exception | Error e) {
            resources.close();
            throw e;
        }
    }

    static String graalPy() {
        return "GraalPy " + BuildInfo.graalvm();
    }

    /** The timed call: the Python loop over every input; its list's elements are the results. */
    private record Loop(Value loop, Value function, Value inputs, Resources resources) implements Workload {
        @Override
        public Object[] run() {
            return GuestBytes.elements(loop.execute(function, inputs));
        }

        @Override
        public void close() {
            resources.close();
        }
    }
}
