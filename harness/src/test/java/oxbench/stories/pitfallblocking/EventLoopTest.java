package oxbench.stories.pitfallblocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import oxbench.polyglot.Guests;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The host's event loop: timers in due order, completions on the loop's thread, an end when no work
 * is left, and errors that end a run instead of hanging it (the timeout turns a hang into a failure).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventLoopTest {
    private static final long MS = 1_000_000;

    private final List<Long> lags = new ArrayList<>();
    private final HeldClock clock = new HeldClock();

    /** {@code System.nanoTime}, except while held: then the time it was held at. */
    private static final class HeldClock implements LongSupplier {
        private Long held;

        void hold() {
            held = System.nanoTime();
        }

        void release() {
            held = null;
        }

        @Override
        public long getAsLong() {
            return held != null ? held : System.nanoTime();
        }
    }

    private EventLoop newLoop() {
        return new EventLoop(clock, (due, fired) -> lags.add(fired - due));
    }

    @Test
    void timersFireInDueOrderEqualOnesInTheOrderSetAndEachLagIsReported() {
        List<String> fired = new ArrayList<>();
        try (EventLoop loop = newLoop()) {
            // The clock stands still while the timers are set, so their due times are exactly their delays apart.
            clock.hold();
            loop.setTimeout(() -> fired.add("third"), 6 * MS);
            loop.setTimeout(() -> fired.add("first"), 2 * MS);
            loop.setTimeout(() -> fired.add("second"), 4 * MS);
            loop.setTimeout(() -> fired.add("first, set later"), 2 * MS);
            // A timer set by a callback keeps the loop going until it has fired too.
            loop.setTimeout(() -> loop.setTimeout(() -> fired.add("set by a callback"), 1 * MS), 7 * MS);
            clock.release();
            loop.run();
        }
        assertEquals(List.of("first", "first, set later", "second", "third", "set by a callback"), fired);
        assertEquals(6, lags.size());
        assertTrue(lags.stream().allMatch(lag -> lag >= 0), lags.toString());
    }

    @Test
    void aCompletionFromAWorkerRunsOnTheLoopsThreadWhileTimersKeepFiring() {
        Thread loopThread = Thread.currentThread();
        CountDownLatch timerFired = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        try (EventLoop loop = newLoop()) {
            // The work can only finish once a timer has fired meanwhile: the loop must not wait for it.
            loop.submit(() -> {
                threads.add(Thread.currentThread());
                timerFired.await();
                return 42;
            }, result -> {
                threads.add(Thread.currentThread());
                results.add(result);
            }, results::add);
            loop.setTimeout(timerFired::countDown, 1 * MS);
            loop.run();
        }
        assertEquals(List.of(42), results);
        assertNotSame(loopThread, threads.get(0), "the work ran on a worker");
        assertSame(loopThread, threads.get(1), "its completion ran on the loop's thread");
    }

    @Test
    void aFailedWorkIsReportedOnTheLoopsThread() {
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (EventLoop loop = newLoop()) {
            loop.submit(() -> {
                throw new IllegalStateException("no result");
            }, result -> failures.add(null), failure -> {
                failures.add(failure);
                threads.add(Thread.currentThread());
            });
            loop.run();
        }
        assertEquals("no result", failures.get(0).getMessage());
        assertEquals(List.of(Thread.currentThread()), threads);
    }

    @Test
    void theLoopEndsWhenNoWorkIsLeft() {
        List<String> fired = new ArrayList<>();
        try (EventLoop loop = newLoop()) {
            loop.run();
            loop.setTimeout(() -> fired.add("once"), 1 * MS);
            loop.run();
            loop.run();
        }
        assertEquals(List.of("once"), fired);
        assertEquals(1, lags.size());
    }

    @Test
    void javaScriptTimersFireInDueOrderWithNodesDelaysAndTheirArguments() {
        try (Context context = Guests.shared().newContext("js"); EventLoop loop = newLoop()) {
            JsEventLoop js = new JsEventLoop(context, loop);
            clock.hold();
            Value program = context.eval("js", """
                    new Promise((resolve) => {
                      const order = [];
                      setTimeout((name) => order.push(name), 5, 'last');
                      setTimeout((name) => order.push(name), 2, 'middle');
                      setTimeout(() => order.push('no delay'));
                      setTimeout(() => order.push('negative delay'), -5);
                      setTimeout(() => resolve(order.join(',')), 6);
                    })
                    """);
            clock.release();
            Value order = js.await(program);
            assertEquals("no delay,negative delay,middle,last", order.asString());
            assertEquals(5, lags.size());
        }
    }

    @Test
    void anAsyncHostCallResolvesAPromiseOnTheLoop() {
        try (Context context = Guests.shared().newContext("js"); EventLoop loop = newLoop()) {
            JsEventLoop js = new JsEventLoop(context, loop);
            context.getBindings("js").putMember("later", js.async(() -> 6 * 7));
            assertEquals(42, js.await(context.eval("js", "(async () => await later)()")).asInt());
            context.getBindings("js").putMember("failing", js.async(() -> {
                throw new IllegalArgumentException("bad rounds");
            }));
            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> js.await(context.eval("js", "(async () => await failing)()")));
            assertEquals("the JavaScript program failed: Error: bad rounds", failed.getMessage());
        }
    }

    @Test
    void anExceptionInAJavaScriptCallbackFailsTheRunWithItsMessage() {
        try (Context context = Guests.shared().newContext("js"); EventLoop loop = newLoop()) {
            JsEventLoop js = new JsEventLoop(context, loop);
            Value program = context.eval("js", """
                    new Promise((resolve) => {
                      setTimeout(() => { throw new Error('boom'); }, 1);
                      setTimeout(resolve, 1000000);
                    })
                    """);
            IllegalStateException failed = assertThrows(IllegalStateException.class, () -> js.await(program));
            assertEquals("event loop: a callback failed: Error: boom", failed.getMessage());
            IllegalStateException again = assertThrows(IllegalStateException.class, loop::run);
            assertTrue(again.getMessage().contains("failed in an earlier run"), again.getMessage());
        }
    }

    @Test
    void aRejectedOrForgottenPromiseFailsTheRunInsteadOfHanging() {
        try (Context context = Guests.shared().newContext("js"); EventLoop loop = newLoop()) {
            JsEventLoop js = new JsEventLoop(context, loop);
            IllegalStateException rejected = assertThrows(IllegalStateException.class, () -> js.await(context.eval("js",
                    "(async () => { await new Promise((resolve) => setTimeout(resolve, 1)); throw new TypeError('late'); })()")));
            assertEquals("the JavaScript program failed: TypeError: late", rejected.getMessage());
            IllegalStateException pending = assertThrows(IllegalStateException.class,
                    () -> js.await(context.eval("js", "new Promise(() => {})")));
            assertTrue(pending.getMessage().contains("ran out of work"), pending.getMessage());
        }
    }

    @Test
    void setTimeoutWithoutAFunctionIsAnError() {
        try (Context context = Guests.shared().newContext("js"); EventLoop loop = newLoop()) {
            new JsEventLoop(context, loop);
            Exception failed = assertThrows(Exception.class, () -> context.eval("js", "setTimeout('code', 1)"));
            assertTrue(failed.getMessage().contains("the callback must be a function"), failed.getMessage());
        }
    }
}
