package oxbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import oxbench.polyglot.RuntimeMode;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

/** JMH's params of a story's benchmark: what tools reading JMH's JSON key a series on. */
class JmhRunnerOptionsTest {
    private static final JmhRunner.Labels QUICK = new JmhRunner.Labels("patterns", "quick", "1000 patterns", "1a2b3c4d");
    private static final List<String> PARAMS = List.of("story", "impl", "mode", "runtime", "size", "input");

    private static Options options(JmhRunner.Labels labels, Path input) {
        return JmhRunner.options(labels, "rust@ffm", input, 1, MeasurementPlan.QUICK, TimeUnit.MICROSECONDS, input);
    }

    private static Map<String, List<String>> params(Options options) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        PARAMS.forEach(name -> params.put(name, List.copyOf(options.getParameter(name).get())));
        return params;
    }

    @Test
    void paramsAreTheSameInEveryRunWhereverTheInputFileIs() {
        Path one = Path.of("/tmp/oxbench-patterns-123.json");
        Path other = Path.of("/tmp/private-dir-9/oxbench-patterns-456.json");
        assertEquals(params(options(QUICK, one)), params(options(QUICK, other)));
        assertEquals(Map.of("story", List.of("patterns"), "impl", List.of("rust@ffm"), "mode", List.of("quick"),
                "runtime", List.of(RuntimeMode.current().label()), "size", List.of("1000 patterns"), "input", List.of("1a2b3c4d")),
                params(options(QUICK, one)));
        params(options(QUICK, one)).values().forEach(values -> assertFalse(values.toString().contains("/tmp"), values.toString()));
    }

    @Test
    void aQuickAndAFullRunOrTwoSizesAreDifferentBenchmarks() {
        Path input = Path.of("/tmp/input.json");
        JmhRunner.Labels full = new JmhRunner.Labels("patterns", "full", "1000 patterns", "1a2b3c4d");
        JmhRunner.Labels smaller = new JmhRunner.Labels("patterns", "quick", "100 patterns", "5e6f7a8b");
        assertNotEquals(params(options(QUICK, input)), params(options(full, input)));
        assertNotEquals(params(options(QUICK, input)), params(options(smaller, input)));
    }

    @Test
    void theForkFindsTheInputFileInASystemProperty() {
        Path input = Path.of("/tmp/private-dir-9/oxbench-patterns-456.json");
        Collection<String> jvmArgs = options(QUICK, input).getJvmArgs().get();
        assertTrue(jvmArgs.contains("-D" + StoryBenchmark.INPUT_PROPERTY + "=" + input.toAbsolutePath()), jvmArgs.toString());
        assertEquals(1, jvmArgs.stream().filter(arg -> arg.startsWith("-D" + StoryBenchmark.INPUT_PROPERTY + "=")).count());
    }

    @Test
    void aStoryThatIsNotRegisteredTellsTheForkItsOriginOutsideTheParams() {
        Path input = Path.of("/tmp/input.json");
        JmhRunner.Labels fromFolder = new JmhRunner.Labels("wordfreq", "quick", "3 files", "1a2b3c4d", "/home/team/wordfreq");
        Collection<String> jvmArgs = options(fromFolder, input).getJvmArgs().get();
        assertTrue(jvmArgs.contains("-D" + StoryBenchmark.ORIGIN_PROPERTY + "=/home/team/wordfreq"), jvmArgs.toString());
        params(options(fromFolder, input)).values().forEach(values -> assertFalse(values.toString().contains("/home"), values.toString()));
        assertTrue(options(QUICK, input).getJvmArgs().get().stream().noneMatch(arg -> arg.startsWith("-D" + StoryBenchmark.ORIGIN_PROPERTY)),
                "a registered story is found by its id");
    }
}
