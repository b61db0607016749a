package oxbench.cli;

import java.util.concurrent.Callable;
import oxbench.story.Stories;
import oxbench.story.StorySource;
import picocli.CommandLine.Command;

/**
 * {@code bench warm-up} (hidden; {@code ./bench setup} calls it after building oxbench): builds what every
 * story of a source needs whatever its own code ({@link StorySource#warmUp}), once per machine.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Build, once per machine, what every story of each story source needs whatever its own code.")
public final class WarmUpCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (StorySource source : Stories.sources()) {
            source.warmUp(line -> System.err.println("bench: " + line));
        }
        return ExitCodes.OK;
    }
}
