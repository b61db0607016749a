package oxbench.story;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Every story oxbench knows: the ones registered in {@code META-INF/services/oxbench.story.Story},
 * in that file's order (the order the guide tells them: its success stories and example, then what
 * its strategies and pitfalls cost). Adding a story is one line there; nothing else names it.
 */
public final class Stories {
    private static final List<Story<?>> ALL = ServiceLoader.load(Story.class).stream()
            .<Story<?>>map(ServiceLoader.Provider::get)
            .toList();

    private Stories() {}

    public static List<Story<?>> all() {
        return ALL;
    }

    public static Story<?> byId(String id) {
        return ALL.stream()
                .filter(story -> story.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown story '" + id + "' (known: "
                        + String.join(", ", ALL.stream().map(Story::id).toList()) + ")"));
    }
}
