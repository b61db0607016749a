package oxbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import oxbench.story.Stories;
import oxbench.story.StorySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench new PATH --language L}: a new story a team starts from, written by the first
 * {@link StorySource} that has a template in that language (today: a folder story).
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Write a new story of your own to start from: a function, its Rust port and inputs.",
            "A small real function in Python or JavaScript, its port, a few inputs and a manifest, each file",
            "saying what to replace; `bench run --quick --story PATH` measures it at once.",
            "The folder's contract: docs/your-own-story.md."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:story written", "2:usage error, a PATH that exists and is not empty, a language with no template,"
                + " or a file that cannot be written"})
public final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "The folder to write (it must not exist, or be empty).")
    Path path;

    @Option(names = "--language", required = true, paramLabel = "LANGUAGE",
            description = "The prototype's language: python or javascript.")
    String language;

    @Override
    public Integer call() {
        StorySource source = Stories.sources().stream()
                .filter(candidate -> candidate.templateLanguages().contains(language))
                .findFirst()
                .orElseThrow(() -> new UserError("--language " + language + ": no template in that language (known: "
                        + String.join(", ", languages()) + ")"));
        try {
            source.create(path, language);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError(path + ": cannot be written (" + e.getMessage() + ")");
        }
        // A bare name could be a registered story's id, which --story takes first: always a path.
        String given = path.toString();
        String argument = shellWord(path.isAbsolute() || given.contains("/") ? given : "./" + given);
        System.out.println("Wrote a " + language + " story to " + path + ".");
        System.out.println("Measure it now (the first run builds the Rust port):  bench run --quick --story " + argument);
        System.out.println("Then replace the prototype, its port in rust/src/lib.rs and the inputs with your own.");
        return ExitCodes.OK;
    }

    /** {@code text} as one word of a shell command line: quoted when it holds anything but the usual path characters. */
    private static String shellWord(String text) {
        return text.matches("[A-Za-z0-9_./~:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    private static List<String> languages() {
        Set<String> known = new LinkedHashSet<>();
        Stories.sources().forEach(source -> known.addAll(source.templateLanguages()));
        return new ArrayList<>(known);
    }
}
