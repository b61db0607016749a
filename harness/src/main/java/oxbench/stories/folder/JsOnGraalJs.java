package oxbench.stories.folder;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/** {@code js@graaljs}: the CommonJS prototype as written, in GraalJS; the story's baseline. */
final class JsOnGraalJs extends InGraalJs {
    @Override
    public String id() {
        return "js@graaljs";
    }

    @Override
    public String language() {
        return "js";
    }

    @Override
    public String runtime() {
        return graalJs();
    }

    @Override
    Value function(Context context, FolderInput input) {
        return Prototypes.function(context, "javascript", input.prototype());
    }
}
