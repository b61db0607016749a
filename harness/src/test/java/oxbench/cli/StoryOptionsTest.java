package oxbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import oxbench.Main;
import oxbench.stories.algorithm.FragmentOptions;
import oxbench.stories.patterns.PatternOptions;
import oxbench.story.Stories;
import oxbench.story.StoryOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A story's own options on {@code bench run}: offered by the story, added by the command without naming it. */
class StoryOptionsTest {
    /** {@code bench run ARGS} parsed (not run) by a fresh command line, as {@link Main#execute} makes one. */
    private static Map<String, StoryOptions> parsed(String... args) {
        CommandLine bench = new CommandLine(new Main());
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        bench.parseArgs(all);
        RunCommand run = bench.getSubcommands().get("run").getCommand();
        return run.storyOptions();
    }

    @Test
    void everyStoryWithOptionsHasThemOnBenchRun() {
        Map<String, StoryOptions> own = parsed();
        Stories.all().stream().filter(story -> story.options() != null)
                .forEach(story -> assertEquals(story.options().getClass(), own.get(story.id()).getClass(), story.id()));
        assertEquals(java.util.Set.of("patterns", "algorithm"), own.keySet());
        String help = Cli.bench("run", "--help").out();
        assertTrue(help.contains("--patterns=N") && help.contains("Patterns per matchPatterns call"), help);
        assertTrue(help.contains("--fragments=N") && help.contains("The largest input of the algorithm story's sweep"), help);
    }

    @Test
    void theValuesGivenReachTheStorysOptions() {
        Map<String, StoryOptions> own = parsed("--patterns", "7", "--fragments=300");
        assertEquals(7, ((PatternOptions) own.get("patterns")).patterns());
        assertEquals(300, ((FragmentOptions) own.get("algorithm")).fragments());
    }

    /** Many commands run in one JVM (the tests, a shell): one command line's values never reach the next. */
    @Test
    void noValueLeaksFromOneCommandLineToTheNext() {
        Map<String, StoryOptions> first = parsed("--patterns", "7", "--fragments", "300");
        Map<String, StoryOptions> second = parsed();
        assertNotSame(first.get("patterns"), second.get("patterns"));
        assertNull(((PatternOptions) second.get("patterns")).patterns());
        assertNull(((FragmentOptions) second.get("algorithm")).fragments());
        assertNull(((PatternOptions) Stories.byId("patterns").options()).patterns(), "the registered story keeps no values");
    }
}
