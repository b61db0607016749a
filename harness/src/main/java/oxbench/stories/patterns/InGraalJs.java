package oxbench.stories.patterns;

import oxbench.env.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.results.Json;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A JavaScript program in GraalJS that holds the patterns as plain JavaScript objects (parsed once
 * from JSON, as a program loads its pattern library) and calls a matcher once per query. Subclasses
 * decide what the call runs: the prototype, or the Rust matcher in WebAssembly.
 */
abstract class InGraalJs implements Implementation<PatternInput> {

    @Override
    public String language() {
        return "js";
    }

    /** Languages the context needs besides JavaScript. */
    String[] languages() {
        return new String[] {"js"};
    }

    /**
     * The timed call: a JavaScript function of the query fingerprint (an array of hex strings)
     * returning the matches as {@code [{pattern, similarity}]}.
     *
     * @param patterns the patterns, as JavaScript objects {@code {id, hashes}}
     */
    abstract Value matcher(Context context, Value patterns) throws Exception;

    /** JavaScript on GraalJS (calling wasm or not): the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(PatternInput input) throws Exception {
        Context context = Guests.shared().newContext(languages());
        try {
            Value parse = context.eval("js", "(text) => JSON.parse(text)");
            Value patterns = parse.execute(Json.MAPPER.writeValueAsString(input.patterns()));
            Value query = parse.execute(Json.MAPPER.writeValueAsString(input.query().hashes()));
            return new Calls(context, matcher(context, patterns), query);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    /** A sample from polyglot-samples/javascript/, evaluated as a script; its last value (the API). */
    static Value script(Context context, String file) {
        return context.eval(Source.newBuilder("js", Guests.sample("javascript/" + file), file).buildLiteral());
    }

    static String graalJs() {
        return "GraalJS " + BuildInfo.graalvm();
    }

    /** The timed call: one match of the query against every pattern. */
    private record Calls(Context context, Value matcher, Value query) implements Workload {
        @Override
        public Value run() {
            return matcher.execute(query);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
