package oxbench.cli;

import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import oxbench.jmh.AdaptivePlans;
import oxbench.jmh.MeasurementPlan;
import oxbench.story.Implementation;
import oxbench.story.Stories;
import oxbench.story.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code bench list --plans}: every implementation's kind of code and the rules of both policies, printed from the policies. */
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

    /** The four rows of {@code impl} in its story's section: adaptive quick and full, then fixed quick and full. */
    private static List<String> rows(String story, String impl) {
        List<String> lines = sections.get(story);
        for (int i = 0; i < lines.size() - 3; i++) {
            if (lines.get(i).startsWith("  " + impl + " ")) {
                return lines.subList(i, i + 4);
            }
        }
        throw new AssertionError(impl + " not listed under " + story + ": " + lines);
    }

    /** The row holds these words (each between spaces or the row's ends), in this order. */
    private static void assertRow(String row, String... words) {
        String regex = Arrays.stream(words).map(word -> "(?<!\\S)" + Pattern.quote(word) + "(?!\\S)").collect(Collectors.joining(".*", ".*", ".*"));
        assertTrue(Pattern.matches(regex, row), "expected " + List.of(words) + " in: " + row);
    }

    @Test
    void everyStoryIsListedInTheRegistrysOrder() {
        assertEquals(Stories.all().stream().map(Story::id).toList(), List.copyOf(sections.keySet()));
    }

    /** Every row: its kind of code, and the adaptive and the fixed rule, quick and full, as the policies give them. */
    @Test
    void everyImplementationShowsItsKindOfCodeAndBothPoliciesRules() {
        for (Story<?> story : Stories.all()) {
            for (Implementation<?> impl : story.implementations()) {
                List<String> rows = rows(story.id(), impl.id());
                assertTrue(rows.get(0).contains(impl.measurement().kind().label()), rows.get(0));
                MeasurementPlan quick = new AdaptivePlans().plan(impl, true);
                assertRow(rows.get(0), impl.id(), "quick", "adaptive", "until", "steady,",
                        number(quick.rule().minWarmupSeconds()) + "-" + number(quick.rule().warmupCapSeconds()), "s,", "to", "+-10%,");
                assertRow(rows.get(1), "full", "adaptive", "until", "steady,", "to", "+-2%,", "forks", "2-4");
                assertRow(rows.get(2), "quick", "fixed", "15 x 1 s", "5 x 1 s, forks 1");
                assertRow(rows.get(3), "full", "fixed", "20 x 1 s", "10 x 1 s, forks 3");
            }
        }
    }

    @Test
    void guestRowsWarmUpLongerThanNativeOnesBeforeTheyMayCountAsSteady() {
        assertRow(rows("fingerprint", "python@graalpy").get(0), "python@graalpy", "guest, Truffle JIT", "quick", "adaptive",
                "until", "steady,", "3-20", "s,");
        assertRow(rows("fingerprint", "rust@ffm").get(0), "rust@ffm", "Java/native, C2", "quick", "adaptive",
                "until", "steady,", "1-10", "s,");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
