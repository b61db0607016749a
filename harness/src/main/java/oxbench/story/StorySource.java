package oxbench.story;

import java.nio.file.Path;
import java.util.List;

/**
 * Where stories that are not registered come from: something a user names on {@code --story} in place
 * of a registered id, e.g. a folder holding a team's own function, its Rust port and its inputs.
 * Sources are registered in {@code META-INF/services/oxbench.story.StorySource}; {@link Stories#resolve}
 * asks them, in that order, after the registered ids. A story a source opened says how to open it
 * again ({@link Story#origin()}), which is how a JMH fork finds it.
 */
public interface StorySource {
    /** What to give {@code --story} to open one of this source's stories, for messages: e.g. {@code a folder holding oxbench.toml}. */
    String describe();

    /** Whether {@code argument} (a {@code --story} value that is no registered id) is meant for this source. */
    boolean recognises(String argument);

    /**
     * Opens the story {@code argument} names.
     *
     * @throws IllegalArgumentException with one line naming the file and what is wrong in it
     */
    Story<?> open(String argument);

    /**
     * Builds, once per machine, what every story of this kind needs whatever its own code (e.g. the Rust
     * standard library for wasm32), so that a team's first run builds only its own code; {@code say} gets a
     * line before anything slow. Called by {@code ./bench setup} after it builds oxbench. Nothing by default.
     */
    default void warmUp(java.util.function.Consumer<String> say) {}

    /**
     * Opens again, in another JVM (a JMH fork), a story this source opened in the parent from {@code origin}
     * ({@link Story#origin()}), given the run's input file for it ({@link Story#inputType()} as JSON): a source
     * whose stories can be rebuilt from their input does so, so that the fork runs the run's own files whatever
     * has happened to the origin since. By default it opens {@code origin} again.
     */
    default Story<?> reopen(String origin, Path inputFile) throws java.io.IOException {
        return open(origin);
    }

    /** The languages {@link #create} can write a new story's prototype in (none when it writes no templates). */
    default List<String> templateLanguages() {
        return List.of();
    }

    /**
     * Writes a new, working story of this kind to {@code dir} (which must not exist or be empty), with its
     * prototype in {@code language}: the starting point {@code bench new} gives a team.
     *
     * @throws IllegalArgumentException with one line when {@code dir} is not empty or the language is not offered
     */
    default void create(Path dir, String language) throws java.io.IOException {
        throw new IllegalArgumentException(describe() + " has no templates");
    }
}
