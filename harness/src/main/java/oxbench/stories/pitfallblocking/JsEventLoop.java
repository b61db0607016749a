package oxbench.stories.pitfallblocking;

import java.util.Arrays;
import java.util.concurrent.Callable;
import oxbench.results.Format;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * An {@link EventLoop} as a JavaScript program in one GraalJS context sees it: Node's
 * {@code setTimeout} as a global, host functions that return promises (settled on the loop's
 * thread), and awaiting the program's promise by running the loop. GraalJS runs the promise jobs
 * (microtasks) itself each time the host calls into JavaScript, as Node does after each callback.
 */
final class JsEventLoop {
    /**
     * Node's largest delay (2^31 - 1 ms). A delay above it, under 1 ms or missing means 1 ms, as in
     * Node; one that is not a number does too (Node would first convert a numeric string).
     */
    private static final double MAX_DELAY_MILLIS = 2147483647;

    private final EventLoop loop;
    private final Value promiseOf;

    JsEventLoop(Context context, EventLoop loop) {
        this.loop = loop;
        context.getBindings("js").putMember("setTimeout", (ProxyExecutable) this::setTimeout);
        // A real promise, made by JavaScript, whose resolve and reject the host keeps (as napi_create_promise does).
        this.promiseOf = context.eval("js",
                "(start) => new Promise((resolve, reject) => start(resolve, (message) => reject(new Error(message))))");
    }

    /** {@code setTimeout(callback, delay, ...args)}; returns undefined (oxbench has no clearTimeout). */
    private Object setTimeout(Value... arguments) {
        if (arguments.length == 0 || !arguments[0].canExecute()) {
            throw new IllegalArgumentException("setTimeout: the callback must be a function");
        }
        Value callback = arguments[0];
        double delay = arguments.length > 1 && arguments[1].isNumber() ? arguments[1].asDouble() : 1;
        if (!(delay >= 1 && delay <= MAX_DELAY_MILLIS)) {
            delay = 1;
        }
        Object[] callbackArguments = arguments.length > 2
                ? Arrays.copyOfRange(arguments, 2, arguments.length, Object[].class)
                : new Object[0];
        loop.setTimeout(() -> callback.executeVoid(callbackArguments), Math.round(delay * 1_000_000));
        return null;
    }

    /**
     * A JavaScript promise of what {@code work} returns: the work runs on a worker thread, and the
     * promise is resolved (or rejected with an {@code Error}) on the loop's thread.
     */
    <T> Value async(Callable<T> work) {
        return promiseOf.execute((ProxyExecutable) settle -> {
            Value resolve = settle[0];
            Value reject = settle[1];
            loop.submit(work, result -> resolve.executeVoid(result), error -> reject.executeVoid(Format.oneLine(error)));
            return null;
        });
    }

    /**
     * Runs the loop until no work is left, as Node runs a program's loop to the end, and returns what
     * {@code promise} was fulfilled with.
     *
     * @throws IllegalStateException if the promise was rejected, a callback threw, or the loop ran
     *                               out of work with the promise still pending
     */
    Value await(Value promise) {
        Value[] fulfilled = {null};
        String[] rejected = {null};
        promise.invokeMember("then",
                (ProxyExecutable) value -> {
                    fulfilled[0] = value[0];
                    return null;
                },
                (ProxyExecutable) reason -> {
                    rejected[0] = reason[0].toString();
                    return null;
                });
        loop.run();
        if (rejected[0] != null) {
            throw new IllegalStateException("the JavaScript program failed: " + rejected[0]);
        }
        if (fulfilled[0] == null) {
            throw new IllegalStateException("the event loop ran out of work while the JavaScript program still waited");
        }
        return fulfilled[0];
    }
}
