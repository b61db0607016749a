package oxbench.run;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The processes a run started: JMH's forks, the external drivers, the strategy story's service. A
 * JMH fork whose parent is gone keeps measuring at full CPU until it notices (about 20 s), so every
 * way out of a run stops them.
 */
public final class ChildProcesses {
    /** The descendants this JVM had before the run (in a test JVM, other tests' processes): never stopped. */
    private final Set<Long> before;

    private ChildProcesses(Set<Long> before) {
        this.before = before;
    }

    /** The processes started from now on. */
    public static ChildProcesses startedFromNow() {
        return new ChildProcesses(ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet()));
    }

    /**
     * Asks every process started since {@link #startedFromNow} to stop (SIGTERM), waits up to
     * {@code grace} for them, then kills those still running (SIGKILL) and waits for them to be gone.
     *
     * @return how many there were
     */
    public int stop(Duration grace) {
        int stopped = 0;
        // JMH's runner goes on to its next fork when one dies: stop what appeared meanwhile too.
        for (int round = 0; round < 3; round++) {
            int found = stopCurrent(grace);
            stopped += found;
            if (found == 0) {
                break;
            }
        }
        return stopped;
    }

    private int stopCurrent(Duration grace) {
        List<ProcessHandle> children = ProcessHandle.current().descendants()
                .filter(child -> !before.contains(child.pid()))
                .filter(ProcessHandle::isAlive)
                .toList();
        children.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle child : children) {
            if (!awaitExit(child, deadline - System.nanoTime())) {
                child.destroyForcibly();
                awaitExit(child, TimeUnit.SECONDS.toNanos(5));
            }
        }
        return children.size();
    }

    private static boolean awaitExit(ProcessHandle process, long nanos) {
        try {
            process.onExit().get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
