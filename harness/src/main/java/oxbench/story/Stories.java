package oxbench.story;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every story oxbench knows: the ones registered in {@code META-INF/services/oxbench.story.Story},
 * in that file's order (the order the guide tells them: its success stories and example, then what
 * its strategies and pitfalls cost). Adding a story is one line there; nothing else names it. Stories
 * that live elsewhere (a team's folder) come from a {@link StorySource}, through {@link #resolve}.
 */
public final class Stories {
    private static final List<Story<?>> ALL = ServiceLoader.load(Story.class).stream()
            .<Story<?>>map(ServiceLoader.Provider::get)
            .toList();

    private static final List<StorySource> SOURCES = ServiceLoader.load(StorySource.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    private Stories() {}

    /** The registered stories. */
    public static List<Story<?>> all() {
        return ALL;
    }

    /** Where stories that are not registered come from. */
    public static List<StorySource> sources() {
        return SOURCES;
    }

    public static Story<?> byId(String id) {
        return ALL.stream()
                .filter(story -> story.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unknown(id)));
    }

    /**
     * The story a {@code --story} value names: a registered id, or what a {@link StorySource} that
     * recognises it opens (e.g. a folder).
     *
     * @throws IllegalArgumentException with one line: an unknown name, or what is wrong with the source's files
     */
    public static Story<?> resolve(String argument) {
        for (Story<?> story : ALL) {
            if (story.id().equals(argument)) {
                return story;
            }
        }
        for (StorySource source : SOURCES) {
            if (source.recognises(argument)) {
                return source.open(argument);
            }
        }
        throw new IllegalArgumentException(unknown(argument));
    }

    /**
     * The story a JMH fork measures, opened again from the {@link Story#origin()} the parent gave it and the
     * run's input file ({@link StorySource#reopen}).
     */
    public static Story<?> reopen(String origin, java.nio.file.Path inputFile) throws java.io.IOException {
        for (StorySource source : SOURCES) {
            if (source.recognises(origin)) {
                return source.reopen(origin, inputFile);
            }
        }
        throw new IllegalArgumentException(unknown(origin));
    }

    private static String unknown(String name) {
        List<String> ways = new ArrayList<>();
        ways.add("known: " + String.join(", ", ALL.stream().map(Story::id).toList()));
        SOURCES.forEach(source -> ways.add("or " + source.describe()));
        return "unknown story '" + name + "' (" + String.join("; ", ways) + ")";
    }
}
