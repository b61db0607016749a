package oxbench.cli;

import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import oxbench.results.Format;
import oxbench.story.Implementation;
import oxbench.story.Iterations;
import oxbench.story.Stories;
import oxbench.story.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code bench list --plans}: every implementation's kind of code and plans, as the story and the implementation declare them. */
class ListPlansTest {
    private static Map<String, List<String>> sections;

    @BeforeAll
    static void list() {
        Cli.Outcome listed = bench("list", "--plans");
        assertEquals(0, listed.code(), listed.err());
        sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : listed.out().lines().toList()) {
            if (line.matches("[a-z-]+:")) {
                current = new ArrayList<>();
                sections.put(line.substring(0, line.length() - 1), current);
            } else if (current != null && line.startsWith("  ")) {
                current.add(line);
            }
        }
    }

    /** The two rows of {@code impl} in its story's section: quick, then full. */
    private static List<String> rows(String story, String impl) {
        List<String> lines = sections.get(story);
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("  " + impl + " ")) {
                return List.of(lines.get(i), lines.get(i + 1));
            }
        }
        throw new AssertionError(impl + " not listed under " + story + ": " + lines);
    }

    /** The row holds these words (each between spaces or the row's ends), in this order. */
    private static void assertRow(String row, String... words) {
        String regex = Arrays.stream(words).map(word -> "(?<!\\S)" + Pattern.quote(word) + "(?!\\S)").collect(Collectors.joining(".*", ".*", ".*"));
        assertTrue(Pattern.matches(regex, row), "expected " + List.of(words) + " in: " + row);
    }

    private static String iterations(int count, int millis) {
        return count + " x " + Format.seconds(millis / 1000.0);
    }

    @Test
    void everyStoryIsListedInTheRegistrysOrder() {
        assertEquals(Stories.all().stream().map(Story::id).toList(), List.copyOf(sections.keySet()));
    }

    /** Each row as declared: the implementation's own plan where it has one, else the story's, and its kind of code. */
    @Test
    void everyImplementationsRowsShowWhatItAndItsStoryDeclare() {
        for (Story<?> story : Stories.all()) {
            for (Implementation<?> impl : story.implementations()) {
                List<String> rows = rows(story.id(), impl.id());
                assertTrue(rows.get(0).contains(impl.measurement().kind().label()), rows.get(0));
                for (boolean quick : new boolean[] {true, false}) {
                    Iterations own = impl.measurement().own(quick);
                    Iterations plan = own == null ? story.plans().of(quick) : own;
                    long about = (long) Math.ceil(plan.forks()
                            * (plan.warmupIterations() * (double) plan.warmupMillis() + plan.measurementIterations() * (double) plan.measurementMillis())
                            / 1000);
                    boolean storys = plan.equals(story.plans().of(quick));
                    assertRow(rows.get(quick ? 0 : 1), quick ? "quick" : "full", String.valueOf(plan.forks()),
                            iterations(plan.warmupIterations(), plan.warmupMillis()),
                            iterations(plan.measurementIterations(), plan.measurementMillis()), about + " s", storys ? "story's" : "own");
                }
            }
        }
    }

    /** {@code  python@cpython  external process  quick  1  2 x 1 s  5 x 1 s  7 s  own} and the full row below it. */
    private static final Pattern QUICK_ROW = Pattern.compile("  (\\S+) .* quick +(\\d+) +(\\d+) x ([\\d.]+) s +(\\d+) x ([\\d.]+) s .*");
    private static final Pattern FULL_ROW = Pattern.compile(" +full +(\\d+) +(\\d+) x ([\\d.]+) s +(\\d+) x ([\\d.]+) s .*");

    /** "forks warm-up x ms measured x ms" of a row matched by {@link #QUICK_ROW} or {@link #FULL_ROW}, from group {@code from} on. */
    private static String plan(Matcher row, int from) {
        return row.group(from) + " " + row.group(from + 1) + "x" + millis(row.group(from + 2)) + " " + row.group(from + 3) + "x"
                + millis(row.group(from + 4));
    }

    private static long millis(String seconds) {
        return Math.round(Double.parseDouble(seconds) * 1000);
    }

    /**
     * The plans are exactly those the stories chose by implementation id before issue 16 made every
     * implementation declare its own (a pin for that refactor: plans-before-issue-16.txt).
     */
    @Test
    void everyImplementationKeepsThePlansItHadBeforeTheyWereDeclared() throws Exception {
        List<String> listed = new ArrayList<>();
        sections.forEach((story, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                Matcher quick = QUICK_ROW.matcher(lines.get(i));
                if (quick.matches()) {
                    Matcher full = FULL_ROW.matcher(lines.get(i + 1));
                    assertTrue(full.matches(), lines.get(i + 1));
                    listed.add(story + " " + quick.group(1) + ": " + plan(quick, 2) + " | " + plan(full, 1));
                }
            }
        });
        try (InputStream pinned = ListPlansTest.class.getResourceAsStream("plans-before-issue-16.txt")) {
            List<String> before = new String(pinned.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
            java.util.Set<String> pinnedStories = before.stream().map(line -> line.substring(0, line.indexOf(' ')))
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(before, listed.stream().filter(line -> pinnedStories.contains(line.substring(0, line.indexOf(' '))))
                    .toList(), "the stories of the pin keep their plans (a story added since has none pinned)");
        }
    }

    /** A few rows whose plans differ from their story's for a reason their Javadoc gives. */
    @Test
    void theRowsThatSettleDifferentlyFromTheirStoryKeepTheirOwnPlans() {
        List<String> rustNaive = rows("algorithm", "rust-naive@ffm");
        assertRow(rustNaive.get(0), "rust-naive@ffm", "Java/native, C2", "quick", "1", "3 x 0.5 s", "3 x 0.5 s", "3 s", "own");
        assertRow(rustNaive.get(1), "full", "3", "5 x 1 s", "5 x 1 s", "30 s", "own");
        List<String> node = rows("patterns", "js@node");
        assertRow(node.get(0), "js@node", "external process", "quick", "1", "8 x 0.5 s", "4 x 0.5 s", "6 s", "story's");
        assertRow(node.get(1), "full", "3", "5 x 1 s", "10 x 1 s", "45 s", "own");
        List<String> jsWasm = rows("boundary", "add-one@js-wasm");
        assertRow(jsWasm.get(0), "add-one@js-wasm", "guest, Truffle JIT", "quick", "1", "5 x 1 s", "4 x 0.25 s", "6 s", "own");
        assertRow(jsWasm.get(1), "full", "3", "20 x 1 s", "10 x 1 s", "90 s", "story's");
        assertRow(rows("fingerprint", "python@graalpy").get(1), "full", "3", "20 x 1 s", "10 x 1 s", "90 s", "story's");
    }
}
