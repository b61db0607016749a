package oxbench.env;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheTest {
    @Test
    void oxbenchCacheWinsOverXdgAndHome() {
        assertEquals(Path.of("/scratch/ox"), Cache.dir(Map.of("OXBENCH_CACHE", "/scratch/ox", "XDG_CACHE_HOME", "/xdg"), "/home/u"));
    }

    @Test
    void xdgCacheHomeHoldsAnOxbenchFolder() {
        assertEquals(Path.of("/xdg/oxbench"), Cache.dir(Map.of("XDG_CACHE_HOME", "/xdg"), "/home/u"));
    }

    @Test
    void withoutEitherItIsDotCacheInTheHomeDirectory() {
        assertEquals(Path.of("/home/u/.cache/oxbench"), Cache.dir(Map.of(), "/home/u"));
    }

    @Test
    void aRelativeOrEmptyXdgCacheHomeIsIgnored() {
        assertEquals(Path.of("/home/u/.cache/oxbench"), Cache.dir(Map.of("XDG_CACHE_HOME", "relative/dir"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/oxbench"), Cache.dir(Map.of("XDG_CACHE_HOME", "", "OXBENCH_CACHE", " "), "/home/u"));
    }
}
