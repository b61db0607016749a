package oxbench.stories.algorithm;

import java.util.stream.LongStream;
import oxbench.env.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * {@code python-naive@graalpy} and {@code python-nlogn@graalpy}: one function of the prototype
 * {@code duplicates.py} in GraalPy, called as a Python program calls it, with the fingerprints as a
 * Python list of ints in [0, 2^64) (made before timing). The timed call returns the Python list it
 * builds; reading it back into Java is left to the output check, outside the timing.
 *
 * @param function the function of {@code duplicates.py} to call
 */
record PythonOnGraalPy(String id, String function) implements Implementation<DuplicatesInput> {
    @Override
    public String language() {
        return "python";
    }

    @Override
    public String runtime() {
        return "GraalPy " + BuildInfo.graalvm();
    }

    /** Python on GraalPy: the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(DuplicatesInput input) {
        Context context = Guests.shared().newContext("python");
        try {
            Value call = Guests.loadPythonModule(context, "duplicates").getMember(function);
            Value toInts = context.eval("python", "lambda items: [int(item) & 0xFFFFFFFFFFFFFFFF for item in items]");
            Value fingerprints = toInts.execute(ProxyArray.fromArray(LongStream.of(input.fingerprints()).boxed().toArray()));
            return new Calls(context, call, fingerprints);
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }

    private record Calls(Context context, Value call, Value fingerprints) implements Workload {
        @Override
        public Value run() {
            return call.execute(fingerprints);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
