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
 * The port crates under src/test/resources/ports/, copied once per test JVM into a temporary
 * directory (cargo writes a Cargo.lock beside Cargo.toml) with their oxbench-port dependency
 * pointing at this checkout's rust-core/port, and built into a cache directory of their own, so
 * tests never touch ~/.cache. The reverse port is built once and shared: a first wasm32 build
 * compiles std, which takes most of a minute.
 */
final class PortFixtures {
    private static Path root;
    private static BuiltPort reverse;
    static final List<String> progress = new ArrayList<>();

    private PortFixtures() {}

    static synchronized Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("oxbench-port-fixtures-");
                Path made = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
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

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + directory + ": " + e.getMessage());
        }
    }
}
