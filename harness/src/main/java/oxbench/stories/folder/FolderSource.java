package oxbench.stories.folder;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
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

    @Override
    public List<String> templateLanguages() {
        return Manifest.LANGUAGES;
    }
}
