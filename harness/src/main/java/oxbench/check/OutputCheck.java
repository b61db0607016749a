package oxbench.check;

import oxbench.summary.Status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import oxbench.results.Format;
import oxbench.story.Unavailable;
import oxbench.story.Implementation;
import oxbench.story.Story;
import oxbench.story.Workload;

/**
 * Correctness before speed: runs every implementation once on the story's input and compares its
 * output, line by line, with the baseline's. Only implementations that match are timed.
 */
public final class OutputCheck {
    /** How many differing lines a mismatch message shows. */
    static final int DIFF_LINES = 3;

    private OutputCheck() {}

    /** The baseline's output lines, or an exception if the baseline itself fails. */
    public static <I> List<String> expected(Story<I> story, I input) throws Exception {
        return expected(story, story.baseline(), input);
    }

    /** The output lines of {@code baseline}, one of the story's baselines ({@link Story#baselineOf}). */
    public static <I> List<String> expected(Story<I> story, String baseline, I input) throws Exception {
        return compute(story, story.implementation(baseline), input);
    }

    /** Checks one implementation against {@code expected}; never throws. */
    public static <I> CheckResult check(Story<I> story, Implementation<I> implementation, I input, List<String> expected) {
        List<String> actual;
        try {
            actual = compute(story, implementation, input);
        } catch (Unavailable e) {
            return new CheckResult(implementation.id(), Status.UNAVAILABLE, null, e.getMessage());
        } catch (Exception | LinkageError | AssertionError e) {
            return new CheckResult(implementation.id(), Status.FAILED, null, "failed before timing: " + Format.oneLine(e));
        }
        String difference = diff(expected, actual);
        if (difference != null) {
            String own = story.difference(expected, actual);
            return new CheckResult(implementation.id(), Status.MISMATCH, digest(actual), own != null ? own : difference);
        }
        return new CheckResult(implementation.id(), Status.OK, digest(actual), null);
    }

    private static <I> List<String> compute(Story<I> story, Implementation<I> implementation, I input) throws Exception {
        try (Workload workload = implementation.open(input)) {
            return story.describe(input, workload.run());
        }
    }

    /** A readable account of how {@code actual} differs from {@code expected}, or null if equal. */
    public static String diff(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        int differing = 0;
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differing++;
                if (shown.size() < DIFF_LINES) {
                    shown.add("expected '" + expected.get(i) + "', got '" + actual.get(i) + "'");
                }
            }
        }
        StringBuilder message = new StringBuilder("output differs from the baseline in ")
                .append(differing).append(" of ").append(expected.size()).append(" items");
        if (expected.size() != actual.size()) {
            message.append(", and has ").append(actual.size()).append(" items instead of ").append(expected.size());
        }
        if (!shown.isEmpty()) {
            message.append(": ").append(String.join("; ", shown));
        }
        return message.toString();
    }

    /** SHA-256 over the output lines, each followed by a newline, as lowercase hex. */
    public static String digest(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
