package oxbench.stories.folder;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What an opened row holds (its guest context, then a native library the context calls), closed
 * together in the order they were added: the context first, so no guest code is left that could call
 * a library once it is unloaded.
 */
final class Resources implements AutoCloseable {
    private final Deque<AutoCloseable> held = new ArrayDeque<>();

    /** Holds {@code resource} until {@link #close}; returns it. */
    <T extends AutoCloseable> T add(T resource) {
        held.addLast(resource);
        return resource;
    }

    /** Closes everything held, oldest first; the first failure is thrown after all were tried. */
    @Override
    public void close() {
        RuntimeException failure = null;
        while (!held.isEmpty()) {
            try {
                held.removeFirst().close();
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
