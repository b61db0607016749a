package oxbench.stories.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import oxbench.env.Home;
import oxbench.story.Stories;
import oxbench.story.Story;
import oxbench.story.StorySource;

/**
 * Stories in folders: {@code --story PATH} where PATH is a folder holding an {@code oxbench.toml} (or the
 * manifest itself). Any argument that looks like a path (it holds a {@code /}, starts with {@code .} or
 * {@code ~}, or names an existing directory) is taken as one, so a wrong path says what is missing rather
 * than "unknown story".
 */
public final class FolderSource implements StorySource {
    private static final String TEMPLATES = "/oxbench/templates/folder/";

    @Override
    public String describe() {
        return "a folder holding an " + Manifest.FILE_NAME + " (see docs/your-own-story.md; `bench new` writes one)";
    }

    @Override
    public boolean recognises(String argument) {
        if (argument.contains("/") || argument.startsWith(".") || argument.startsWith("~")) {
            return true;
        }
        try {
            return Files.isDirectory(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public Story<?> open(String argument) {
        Path folder = folder(argument);
        Manifest manifest = Manifest.read(folder);
        for (Story<?> builtIn : Stories.all()) {
            if (builtIn.id().equals(manifest.id())) {
                throw new IllegalArgumentException(manifest.file() + ": id: '" + manifest.id()
                        + "' is the id of a built-in story; choose another");
            }
        }
        return new FolderStory(manifest);
    }

    /**
     * In a JMH fork: the story as the run's input file has it (id, language, prototype, port), without reading the
     * folder again, which may have been edited, moved or deleted since the run began.
     */
    @Override
    public Story<?> reopen(String origin, Path inputFile) throws java.io.IOException {
        return FolderStory.reopened(Path.of(origin), oxbench.results.Json.MAPPER.readValue(inputFile.toFile(), FolderInput.class));
    }

    private static Path folder(String argument) {
        String expanded = argument.startsWith("~/") ? System.getProperty("user.home") + argument.substring(1) : argument;
        Path path;
        try {
            path = Path.of(expanded).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--story " + argument + ": not a path");
        }
        if (path.getFileName() != null && path.getFileName().toString().equals(Manifest.FILE_NAME) && Files.isRegularFile(path)) {
            return path.getParent();
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("--story " + argument + ": no such folder (" + path + ")");
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("--story " + argument + ": not a folder (a story's folder holds its "
                    + Manifest.FILE_NAME + ")");
        }
        return path;
    }

    /** The wasm32 standard library every port's wasm build shares (most of a first build's time). */
    @Override
    public void warmUp(java.util.function.Consumer<String> say) {
        PortBuild.warmUp(say);
    }

    @Override
    public List<String> templateLanguages() {
        return Manifest.LANGUAGES;
    }

    /**
     * Writes the template of {@code language} (under {@code oxbench/templates/folder/}): a manifest whose id
     * is made from the folder's name, a small real prototype, its Rust port naming this checkout's port
     * crate by its absolute path, and a few inputs; every file says what to replace.
     */
    @Override
    public void create(Path dir, String language) throws IOException {
        if (!Manifest.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("--language " + language + ": no template for it (known: "
                    + String.join(", ", Manifest.LANGUAGES) + ")");
        }
        Path folder = dir.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(dir + ": exists and is not a folder");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + ": exists and is not empty (bench new writes a new folder"
                            + " or fills an empty one)");
                }
            }
        }
        String id = idFor(folder);
        Map<String, String> values = Map.of(
                "{{id}}", id,
                "{{crate}}", (Character.isLetter(id.charAt(0)) ? "" : "story-") + id + "-port",
                "{{port}}", tomlString(Home.dir().resolve("rust-core/port").toString()),
                "{{folder}}", folder.toString());
        for (String template : List.of(language, "common")) {
            for (String file : resource(template + "/files").lines().filter(line -> !line.isBlank()).toList()) {
                byte[] bytes = resourceBytes(template + "/" + file);
                if (file.endsWith(".toml")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    for (Map.Entry<String, String> value : values.entrySet()) {
                        text = text.replace(value.getKey(), value.getValue());
                    }
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                }
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW);
            }
        }
    }

    /**
     * A story id from a folder's name: lower case, every run of other characters a dash, at most 61
     * characters; a built-in story's id gets a {@code my-} in front, a name that gives nothing is {@code my-story}.
     */
    static String idFor(Path folder) {
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        String made = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String id = (made.length() > 61 ? made.substring(0, 61) : made).replaceAll("^-+|-+$", "");
        boolean builtIn = Stories.all().stream().anyMatch(story -> story.id().equals(id));
        return id.isEmpty() ? "my-story" : builtIn ? "my-" + id : id;
    }

    /** A TOML basic string's contents: backslashes and quotes escaped. */
    private static String tomlString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String resource(String name) throws IOException {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = FolderSource.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("the harness jar lacks its template " + TEMPLATES + name);
            }
            return in.readAllBytes();
        }
    }
}
