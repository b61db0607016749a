package oxbench.polyglot;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/** Run by {@link GuestsTest} in a JVM without the JIT's flags: the fallback runtime. */
final class FallbackRuntimeChild {
    private FallbackRuntimeChild() {}

    public static void main(String[] args) {
        try (Engine engine = Guests.engine(RuntimeMode.INTERPRETER);
                Context context = Context.newBuilder("python").engine(engine).build()) {
            System.out.println("interpreter engine: " + engine.getImplementationName() + ", 6*7="
                    + context.eval("python", "6*7").asInt());
        }
        try {
            Guests.requireJit(RuntimeMode.JIT, Guests.FALLBACK_RUNTIME);
        } catch (IllegalStateException refused) {
            System.out.println("refused: " + refused.getMessage());
        }
    }
}
