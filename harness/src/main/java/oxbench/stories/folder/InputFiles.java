package oxbench.stories.folder;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A folder story's inputs: the files its manifest's {@code inputs.files} glob matches, sorted by name, read whole. */
final class InputFiles {
    /** Every input goes to every JMH fork and driver in the input file (as base64): more than this is refused, with why. */
    static final long MAX_TOTAL_BYTES = 256L << 20;

    private InputFiles() {}

    static List<FolderInput.Item> read(Manifest manifest) {
        String glob = manifest.inputs();
        String label = Manifest.label(manifest.folder()) + ": inputs.files";
        Path base = manifest.folder().resolve(literalPrefix(glob)).normalize();
        if (!base.startsWith(manifest.folder())) {
            throw new IllegalArgumentException(label + ": '" + glob + "' reaches outside the story's folder");
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": '" + glob + "' is not a glob (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        List<Path> matched = new ArrayList<>();
        if (Files.isDirectory(base)) {
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> matcher.matches(manifest.folder().relativize(file)))
                        .forEach(matched::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new IllegalArgumentException(label + ": cannot list " + base + " (" + e.getMessage() + ")");
            }
        }
        if (matched.isEmpty()) {
            throw new IllegalArgumentException(label + ": '" + glob + "' matches no file in " + manifest.folder());
        }
        List<FolderInput.Item> items = new ArrayList<>();
        long total = 0;
        for (Path file : matched.stream().sorted((a, b) -> name(manifest, a).compareTo(name(manifest, b))).toList()) {
            byte[] data;
            try {
                if (total + Files.size(file) > MAX_TOTAL_BYTES) {
                    throw new IllegalArgumentException(label + ": the inputs come to more than " + (MAX_TOTAL_BYTES >> 20)
                            + " MiB; every one is carried to every measuring process, so choose fewer or smaller ones");
                }
                data = Files.readAllBytes(file);
            } catch (IOException | OutOfMemoryError e) {
                throw new IllegalArgumentException(file + ": an input that cannot be read (" + e.getMessage() + ")");
            }
            total += data.length;
            if (total > MAX_TOTAL_BYTES) {
                throw new IllegalArgumentException(label + ": the inputs come to more than " + (MAX_TOTAL_BYTES >> 20)
                        + " MiB; every one is carried to every measuring process, so choose fewer or smaller ones");
            }
            items.add(new FolderInput.Item(name(manifest, file), data));
        }
        return items;
    }

    /** The file's name relative to the folder, with {@code /} between its parts. */
    private static String name(Manifest manifest, Path file) {
        return manifest.folder().relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** The glob's leading path parts that hold no pattern character: where to start looking. */
    static String literalPrefix(String glob) {
        String[] parts = glob.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].chars().anyMatch(c -> "*?[{\\".indexOf(c) >= 0)) {
                break;
            }
            prefix.append(parts[i]).append('/');
        }
        return prefix.isEmpty() ? "." : prefix.toString();
    }
}
