package oxbench.stories.patterns;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/** {@code js@graaljs}: the prototype, polyglot-samples/javascript/patterns.js, in GraalJS. */
final class JsOnGraalJs extends InGraalJs {
    @Override
    public String id() {
        return "js@graaljs";
    }

    @Override
    public String runtime() {
        return graalJs();
    }

    @Override
    Value matcher(Context context, Value patterns) {
        Value api = script(context, "patterns.js");
        return context.eval("js", "(api, patterns) => (fingerprint) => api.matchPatterns(patterns, fingerprint)")
                .execute(api, patterns);
    }
}
