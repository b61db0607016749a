package oxbench.stories.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import oxbench.env.Home;

/**
 * The port crates under src/test/resources/ports/, copied once per test JVM under
 * harness/target/port-tests/crates/ (cargo writes a Cargo.lock beside Cargo.toml) with their
 * oxbench-port dependency pointing at this checkout's rust-core/port, and built into the cache
 * directory beside them, so tests never touch ~/.cache. The reverse port is built once and shared.
 */
final class PortFixtures {
    private static Path root;
    private static BuiltPort reverse;
    static final List<String> progress = new ArrayList<>();

    private PortFixtures() {}

    /**
     * {@code harness/target/port-tests/}, made afresh for this JVM except for the wasm32 target
     * directory, which keeps the std that -Zbuild-std compiled in an earlier run (most of a minute
     * on 2 cores): every port is still built from nothing, std is not.
     */
    static synchronized Path root() {
        if (root == null) {
            try {
                root = Home.dir().resolve("harness/target/port-tests");
                delete(root.resolve("crates"));
                Path ports = root.resolve("cache/ports");
                if (Files.isDirectory(ports)) {
                    try (Stream<Path> built = Files.list(ports)) {
                        for (Path port : built.filter(path -> !path.getFileName().toString().startsWith("wasm32-target")).toList()) {
                            delete(port);
                        }
                    }
                }
                Path fixtures = Path.of(PortFixtures.class.getResource("/ports").toURI());
                try (Stream<Path> walk = Files.walk(fixtures)) {
                    for (Path from : walk.toList()) {
                        Path to = root.resolve("crates").resolve(fixtures.relativize(from).toString());
                        if (Files.isDirectory(from)) {
                            Files.createDirectories(to);
                        } else if (from.getFileName().toString().equals("Cargo.toml")) {
                            Files.writeString(to, Files.readString(from).replaceAll(
                                    "path = \"[./]*rust-core/port\"", "path = \"" + Home.dir().resolve("rust-core/port") + "\""));
                        } else {
                            Files.copy(from, to);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return root;
    }

    /** The copy of fixture {@code name}. */
    static Path crate(String name) {
        return root().resolve("crates").resolve(name);
    }

    static Path cache() {
        return root().resolve("cache");
    }

    /** Builds fixture {@code name} into the tests' cache, recording progress lines. */
    static BuiltPort build(String name, String function) {
        return PortBuild.build(crate(name), function, progress::add, cache());
    }

    /** The reverse port (functions {@code reverse} and {@code reverse_unless_boom}), built once. */
    static synchronized BuiltPort reverse() {
        if (reverse == null) {
            reverse = build("reverse", "reverse");
        }
        return reverse;
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
