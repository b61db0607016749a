package oxbench.stories.folder;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What an opened row holds (a guest context, a native library), closed together in the reverse of the
 * order they were opened: a context that calls a library is closed before the library.
 */
final class Resources implements AutoCloseable {
    private final Deque<AutoCloseable> held = new ArrayDeque<>();

    /** Holds {@code resource} until {@link #close}; returns it. */
    <T extends AutoCloseable> T add(T resource) {
        held.push(resource);
        return resource;
    }

    /** Closes everything held, newest first; the first failure is thrown after all were tried. */
    @Override
    public void close() {
        RuntimeException failure = null;
        while (!held.isEmpty()) {
            try {
                held.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException("closing failed: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
