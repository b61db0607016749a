package oxbench.stories.pitfallblocking;

import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import oxbench.env.BuildInfo;
import oxbench.env.Home;
import oxbench.jmh.Observations;
import oxbench.polyglot.Guests;
import oxbench.story.Implementation;
import oxbench.story.Workload;
import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * polyglot-samples/javascript/event_loop.js in GraalJS on the host's {@link EventLoop}, with
 * {@code rust_lib} made of host functions that call {@code oxb_spin} through FFM, as a native addon
 * would: {@code spinSync} on the caller's thread (the loop's), {@code spinAsync} on a worker thread,
 * returning a promise. One implementation runs the program's {@code blocking} scenario, the other
 * its {@code nonBlocking} one.
 *
 * <p>Records, while it runs, every timer's lag as {@value #TIMER_LAG} and the Rust call's duration as
 * {@value #RUST_CALL} (see {@link Observations}).
 */
final class JsOnEventLoop implements Implementation<BlockingInput> {
    static final String TIMER_LAG = "timer lag";
    static final String RUST_CALL = "rust call";

    private final boolean blocking;

    private JsOnEventLoop(boolean blocking) {
        this.blocking = blocking;
    }

    /** {@code const result = rust_lib.spinSync(rounds)}: the guide's "BAD". */
    static JsOnEventLoop sync() {
        return new JsOnEventLoop(true);
    }

    /** {@code const result = await rust_lib.spinAsync(rounds)}: the guide's "GOOD". */
    static JsOnEventLoop async() {
        return new JsOnEventLoop(false);
    }

    @Override
    public String id() {
        return blocking ? "js+rust-sync@ffm" : "js+rust-async@ffm";
    }

    @Override
    public String language() {
        return "js+rust";
    }

    @Override
    public String runtime() {
        return "GraalJS " + BuildInfo.graalvm() + " -> host -> FFM " + (blocking ? "on the loop's thread" : "on a worker thread");
    }

    /** JavaScript callbacks on GraalJS around one Rust call: the story's plans. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }

    @Override
    public Workload open(BlockingInput input) {
        Context context = Guests.shared().newContext("js");
        BlockingNative rust = null;
        EventLoop loop = new EventLoop(System::nanoTime, (due, fired) -> Observations.record(TIMER_LAG, fired - due));
        try {
            rust = new BlockingNative(Home.nativeLibrary());
            JsEventLoop js = new JsEventLoop(context, loop);
            BlockingNative library = rust;
            ProxyExecutable spinSync = arguments -> spin(library, rounds(arguments));
            ProxyExecutable spinAsync = arguments -> {
                long rounds = rounds(arguments);
                return js.async(() -> spin(library, rounds));
            };
            Value rustLib = context.asValue(ProxyObject.fromMap(Map.of("spinSync", spinSync, "spinAsync", spinAsync)));
            Value program = context.eval(Source.newBuilder("js", Guests.sample("javascript/event_loop.js"), "event_loop.js")
                    .buildLiteral());
            Value options = context.eval("js", "(rounds, timers, periodMs) => ({ rounds, timers, periodMs })")
                    .execute(input.rounds(), input.timers(), input.periodMillis());
            return new Scenario(context, loop, rust, js, program.getMember(blocking ? "blocking" : "nonBlocking"),
                    rustLib, options);
        } catch (RuntimeException | Error e) {
            loop.close();
            context.close();
            if (rust != null) {
                rust.close();
            }
            throw e;
        }
    }

    /** The call itself, timed; its 64 bits as an unsigned integer (a BigInt under Node). */
    private static BigInteger spin(BlockingNative rust, long rounds) {
        long start = System.nanoTime();
        long hash = rust.spin(rounds);
        Observations.record(RUST_CALL, System.nanoTime() - start);
        return new BigInteger(Long.toUnsignedString(hash));
    }

    private static long rounds(Value... arguments) {
        if (arguments.length != 1 || !arguments[0].fitsInLong() || arguments[0].asLong() < 0) {
            throw new IllegalArgumentException("rounds must be one non-negative integer");
        }
        return arguments[0].asLong();
    }

    /** One scenario per run: the program is started, and the loop runs until no work is left. */
    private record Scenario(Context context, EventLoop loop, BlockingNative rust, JsEventLoop js, Value scenario,
            Value rustLib, Value options) implements Workload {
        @Override
        public ScenarioResult run() {
            Value outcome = js.await(scenario.execute(rustLib, options));
            return new ScenarioResult(outcome.getMember("result").asBigInteger().longValue(),
                    outcome.getMember("fired").asInt());
        }

        @Override
        public void close() {
            loop.close();
            context.close();
            // Unloading the library under a call still running on a worker would crash the JVM.
            if (loop.awaitWorkers(1, TimeUnit.MINUTES)) {
                rust.close();
            }
        }
    }
}
