package oxbench.stories.fingerprint;

import org.graalvm.polyglot.Context;

/** {@code python@graalpy}: the guide's "before", the prototype as written. */
final class PythonOnGraalPy extends InGraalPy {
    @Override
    public String id() {
        return "python@graalpy";
    }

    @Override
    public String language() {
        return "python";
    }

    @Override
    public String runtime() {
        return graalPy();
    }

    @Override
    AutoCloseable migrate(Context context) {
        return null; // the prototype stays as it is
    }
}
