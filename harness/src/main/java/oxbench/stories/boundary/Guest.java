package oxbench.stories.boundary;

import oxbench.env.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.story.Workload;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * A guest language that calls Rust in the matrix, and its module of loops:
 * {@code polyglot-samples/python/boundary.py} or {@code javascript/boundary.js}, which offer the
 * same setup functions (Python spells their names in snake_case).
 */
enum Guest {
    PYTHON("python", "Python", "GraalPy", "a Python int", "a bytearray"),
    JS("js", "JavaScript", "GraalJS", "a JavaScript number", "an ArrayBuffer");

    /** The polyglot language id, also the first part of the bridge's id. */
    final String language;
    /** The language in the report's words. */
    final String name;
    final String runtime;
    /** What holds a 64-bit integer on the guest's side of a host call. */
    final String number;
    /** What holds the buffer on the guest's side of a host call. */
    final String buffer;

    Guest(String language, String name, String runtime, String number, String buffer) {
        this.language = language;
        this.name = name;
        this.runtime = runtime;
        this.number = number;
        this.buffer = buffer;
    }

    String runtime() {
        return runtime + " " + BuildInfo.graalvm();
    }

    /** The module of loops, loaded into {@code context}. */
    Value module(Context context) {
        return switch (this) {
            case PYTHON -> Guests.loadPythonModule(context, "boundary");
            case JS -> context.eval(Source.newBuilder("js", Guests.sample("javascript/boundary.js"), "boundary.js").buildLiteral());
        };
    }

    /** The module's function {@code name} (given in camelCase). */
    Value function(Value module, String name) {
        return module.getMember(this == PYTHON ? name.replaceAll("([A-Z])", "_$1").toLowerCase() : name);
    }

    /** Bytes for a guest that has no host access: an array of (signed) byte values it copies from. */
    static ProxyArray bytes(byte[] bytes) {
        Object[] values = new Object[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = bytes[i];
        }
        return ProxyArray.fromArray(values);
    }

    /**
     * The timed loop of a guest caller: one call of its {@code chain}, the guest function {@code run(start, calls)}, which makes the
     * chain of calls in the guest and returns the last result as an unsigned 64-bit guest number.
     */
    record Chain(BoundaryFunction function, BoundaryInput input, Context context, Value chain)
            implements Workload {
        @Override
        public ChainEnd run() {
            return new ChainEnd(function, Guests.unsigned64(chain.execute(input.start(), input.calls())));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
