package oxbench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import oxbench.story.InputOptions;
import oxbench.story.Warnings;

/**
 * The Python source files a run fingerprints: a fixed selection from the standard library that
 * GraalPy ships, or every {@code *.py} file under a user's directory. Files are read here, by the
 * harness; guest code only ever sees their text.
 */
public final class Corpus {
    /**
     * The default selection, relative to GraalPy's {@code lib/python3.12}: 16 modules from 309 to
     * 3491 lines, chosen to span small utility modules to large, class-heavy ones. Fixed so that
     * runs on different machines fingerprint the same code.
     */
    public static final List<String> STANDARD_LIBRARY = List.of(
            "string.py", "shlex.py", "json/decoder.py", "textwrap.py",
            "csv.py", "heapq.py", "pprint.py", "fractions.py",
            "functools.py", "configparser.py", "statistics.py", "dataclasses.py",
            "collections/__init__.py", "difflib.py", "argparse.py", "typing.py");

    /** The quick selection: the four smallest of the default selection. */
    public static final List<String> STANDARD_LIBRARY_QUICK = STANDARD_LIBRARY.subList(0, 4);

    private Corpus() {}

    /**
     * Reads the named files under {@code root}, skipping (with a warning) those that cannot be used or
     * are over {@code maxFileBytes}.
     */
    public static List<SourceFile> read(Path root, List<String> names, long maxFileBytes, Warnings warnings) {
        List<SourceFile> files = new ArrayList<>();
        for (String name : names) {
            readOne(root, root.resolve(name), maxFileBytes, warnings, files);
        }
        return files;
    }

    /**
     * Reads every {@code *.py} file under {@code dir}, in path order, skipping (with a warning) those
     * that are empty, not UTF-8 or over {@link InputOptions#DEFAULT_MAX_FILE_BYTES}. Hidden directories (a name starting with '.', such as {@code .git}
     * or {@code .venv}) are not searched: they hold tools' copies, not the user's code.
     *
     * @throws IllegalArgumentException when {@code dir} is not a readable directory
     */
    public static List<SourceFile> readDirectory(Path dir, Warnings warnings) {
        return readDirectory(dir, InputOptions.DEFAULT_MAX_FILE_BYTES, warnings);
    }

    /**
     * {@link #readDirectory(Path, Warnings)}, skipping files over {@code maxFileBytes} (by their size on
     * disk, before reading them).
     */
    public static List<SourceFile> readDirectory(Path dir, long maxFileBytes, Warnings warnings) {
        return readDirectory(dir, name -> false, maxFileBytes, warnings);
    }

    /**
     * The directories of GraalPy's standard library that are not library code: its own test suites,
     * the IDLE application, and installed third-party packages.
     */
    public static final Set<String> STANDARD_LIBRARY_NON_LIBRARY = Set.of("test", "tests", "idlelib", "site-packages");

    /** Every library module of GraalPy's standard library at {@code root} (see {@link #STANDARD_LIBRARY_NON_LIBRARY}). */
    public static List<SourceFile> readStandardLibrary(Path root, long maxFileBytes, Warnings warnings) {
        return readDirectory(root, STANDARD_LIBRARY_NON_LIBRARY::contains, maxFileBytes, warnings);
    }

    /**
     * {@link #readDirectory(Path, long, Warnings)}, also leaving out directories whose name
     * {@code excluded} accepts.
     */
    public static List<SourceFile> readDirectory(Path dir, Predicate<String> excluded, long maxFileBytes, Warnings warnings) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("corpus " + dir + " is not a directory");
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(path -> !inExcludedDirectory(dir, path, excluded))
                    .filter(path -> path.getFileName().toString().endsWith(".py"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> relativeName(dir, path)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("corpus " + dir + " cannot be listed: " + e.getMessage());
        }
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            readOne(dir, path, maxFileBytes, warnings, files);
        }
        return files;
    }

    private static void readOne(Path root, Path path, long maxFileBytes, Warnings warnings, List<SourceFile> into) {
        String name = relativeName(root, path);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                warnings.warn(String.format(Locale.ROOT, "skipped %s: %,d bytes, over the limit of %,d bytes per file"
                        + " (--max-file-size)", name, size, maxFileBytes));
                return;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            warnings.warn("skipped " + name + ": cannot be read (" + e.getMessage() + ")");
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            warnings.warn("skipped " + name + ": not UTF-8");
            return;
        }
        if (text.isBlank()) {
            warnings.warn("skipped " + name + ": empty");
            return;
        }
        // A BOM is legal in Python source; ast.parse of a str does not expect it.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        into.add(new SourceFile(name, text, bytes.length));
    }

    private static boolean inExcludedDirectory(Path root, Path path, Predicate<String> excluded) {
        Path relative = root.relativize(path);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String directory = relative.getName(i).toString();
            if (directory.startsWith(".") || excluded.test(directory)) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
