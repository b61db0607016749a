package oxbench.stories.pitfallblocking;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import oxbench.results.Format;

/**
 * A single-threaded event loop in the manner of Node's: timers ordered by due time, and the
 * completions of work handed to worker threads, all run on the one thread that calls {@link #run()}.
 * Embedded GraalJS has no event loop of its own, and a polyglot context must only ever be entered
 * by one thread at a time, so a worker never runs a callback itself: it queues the completion, and
 * the loop's thread runs it.
 *
 * <p>Everything except the completion queue belongs to the loop's thread: {@link #setTimeout},
 * {@link #submit} and {@link #run} are called on it (from callbacks, or before {@code run}).
 */
final class EventLoop implements AutoCloseable {
    private record Timer(long due, long sequence, Runnable callback) {}

    /** Due time first; timers due at the same time fire in the order they were set, as in Node. */
    private final PriorityQueue<Timer> timers =
            new PriorityQueue<>(Comparator.comparingLong(Timer::due).thenComparingLong(Timer::sequence));
    private final BlockingQueue<Runnable> completions = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "oxbench-event-loop-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final LongSupplier clock;
    private final TimerListener listener;
    private long timersSet;
    /** Work handed to a worker whose completion the loop has not run yet. */
    private int pending;
    private String failure;

    /** Told of every timer the loop fires, just before its callback runs. */
    @FunctionalInterface
    interface TimerListener {
        /** @param due when the timer was due and {@code fired} when it fired, both on the loop's clock */
        void fired(long due, long fired);
    }

    /**
     * @param clock    the time in nanoseconds, {@code System::nanoTime} (a test may hold it still while it sets timers)
     * @param listener told of every timer fired, e.g. to record how late it fired
     */
    EventLoop(LongSupplier clock, TimerListener listener) {
        this.clock = clock;
        this.listener = listener;
    }

    /** Runs {@code callback} on the loop's thread once {@code delayNanos} have passed. */
    void setTimeout(Runnable callback, long delayNanos) {
        timers.add(new Timer(clock.getAsLong() + Math.max(0, delayNanos), timersSet++, callback));
    }

    /**
     * Runs {@code work} on a worker thread, then {@code onDone} with its result (or {@code onFailure}
     * with what it threw) on the loop's thread.
     */
    <T> void submit(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        pending++;
        try {
            workers.execute(() -> {
                Runnable completion;
                try {
                    T result = work.call();
                    completion = () -> onDone.accept(result);
                } catch (Throwable e) {
                    completion = () -> onFailure.accept(e);
                }
                completions.add(completion);
            });
        } catch (RejectedExecutionException e) {
            pending--;
            throw new IllegalStateException("the event loop is closed", e);
        }
    }

    /**
     * Runs timers and completions until none is left: no timer set and no work on a worker. A
     * callback that throws ends the run (as an uncaught exception ends a Node process) and leaves the
     * loop unusable, since what it left behind is unknown.
     *
     * @throws IllegalStateException naming the callback's error
     */
    void run() {
        if (failure != null) {
            throw new IllegalStateException("the event loop failed in an earlier run: " + failure);
        }
        try {
            while (true) {
                fireDueTimers();
                Runnable completion;
                while ((completion = completions.poll()) != null) {
                    complete(completion);
                }
                if (timers.isEmpty() && pending == 0) {
                    return;
                }
                // Sleep until the next timer is due or a worker finishes, whichever comes first.
                if (timers.isEmpty()) {
                    complete(completions.take());
                } else {
                    long wait = timers.peek().due() - clock.getAsLong();
                    if (wait > 0 && (completion = completions.poll(wait, TimeUnit.NANOSECONDS)) != null) {
                        complete(completion);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("interrupted", e);
        } catch (RuntimeException e) {
            throw fail("a callback failed: " + Format.oneLine(e), e);
        }
    }

    /** Fires every timer due by now, as Node's timers phase does (later ones wait for the next turn). */
    private void fireDueTimers() {
        long now = clock.getAsLong();
        while (!timers.isEmpty() && timers.peek().due() <= now) {
            Timer timer = timers.poll();
            listener.fired(timer.due(), clock.getAsLong());
            timer.callback().run();
        }
    }

    private void complete(Runnable completion) {
        pending--;
        completion.run();
    }

    private IllegalStateException fail(String why, Exception cause) {
        failure = why;
        timers.clear();
        completions.clear();
        return new IllegalStateException("event loop: " + why, cause);
    }

    /** Stops the workers (a call still running on one finishes, and its completion is dropped). */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** After {@link #close()}: waits for a call still running on a worker; true once none is. */
    boolean awaitWorkers(long timeout, TimeUnit unit) {
        try {
            return workers.awaitTermination(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
