package oxbench.env;

import java.nio.file.Path;
import java.util.Map;

/**
 * oxbench's cache directory, for what it builds outside a user's source tree and keeps between runs
 * (the Rust ports of folder stories, under {@code ports/}): {@code $OXBENCH_CACHE} if set, else
 * {@code $XDG_CACHE_HOME/oxbench}, else {@code ~/.cache/oxbench} (the XDG base directory rule).
 * Deleting it is always safe: whatever is missing is built again.
 */
public final class Cache {
    /** The environment variable that moves the cache (e.g. to a scratch disk, or a test's own directory). */
    public static final String ENV = "OXBENCH_CACHE";

    private Cache() {}

    /** The cache directory of this process's environment (not created here). */
    public static Path dir() {
        return dir(System.getenv(), System.getProperty("user.home"));
    }

    /** The cache directory that {@code env} and the home directory {@code userHome} give. */
    public static Path dir(Map<String, String> env, String userHome) {
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath().normalize();
        }
        // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "oxbench").normalize();
        }
        return Path.of(userHome, ".cache", "oxbench").toAbsolutePath().normalize();
    }
}
