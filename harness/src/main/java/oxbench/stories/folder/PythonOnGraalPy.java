package oxbench.stories.folder;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/** {@code python@graalpy}: the prototype as written, in GraalPy; the story's baseline. */
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
    Value function(Context context, FolderInput input, Resources resources) {
        return Prototypes.function(context, "python", input.prototype());
    }
}
