package oxbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Crafted summaries kept under {@code src/test/resources/hostile/}, each a real summary.json edited the way
 * an attacker or a broken tool would: ids that climb out of their directory or carry markup, text with
 * tags and line breaks, scores that are not finite, growth findings that are null or empty.
 */
public final class HostileFixtures {
    /** run.id "../../..". */
    public static final String RUN_ID_TRAVERSAL = "run-id-traversal";
    /** A story id "../../escaped". */
    public static final String STORY_ID_TRAVERSAL = "story-id-traversal";
    /** A story id with a quote, a script element and a line break. */
    public static final String STORY_ID_MARKUP = "story-id-markup";
    /** An implementation id with a line break and a slash. */
    public static final String IMPL_ID_NEWLINE = "impl-id-newline";
    /** A score written as the string "Infinity" (what Jackson writes for an infinite double). */
    public static final String SCORE_INFINITY = "score-infinity";
    /** A score of 1e999, which parses to infinity. */
    public static final String SCORE_OVERFLOW = "score-overflow";
    /** An interval end written as "NaN". */
    public static final String CI_NAN = "ci-nan";
    /** A growth claim whose finding is null, and a second one whose finding is empty. */
    public static final String NULL_FINDING = "null-finding";
    /**
     * Valid ids, but markup and line breaks in every free text: title, messages, claim source, git commit,
     * runtime mode (a chart series name), input file names and skipped lines. Each payload, if it ever ran,
     * would set {@code document.title} to "INJECTED".
     */
    public static final String MARKUP_TEXT = "markup-text";

    /** The payload's effect, looked for by the browser test. */
    public static final String INJECTED = "INJECTED";

    private HostileFixtures() {}

    /** The fixture {@code name} as run directory {@code dirName} under {@code results}. */
    public static Path copy(String name, Path results, String dirName) {
        try (InputStream in = HostileFixtures.class.getResourceAsStream("/hostile/" + name + "/summary.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no hostile fixture " + name);
            }
            Path dir = Files.createDirectories(results.resolve(dirName));
            Files.write(dir.resolve("summary.json"), in.readAllBytes());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
