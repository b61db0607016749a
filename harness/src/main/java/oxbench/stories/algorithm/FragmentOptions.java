package oxbench.stories.algorithm;

import oxbench.story.StoryOptions;
import picocli.CommandLine.Option;

/** The algorithm story's own option of {@code bench run}: the largest input of its sweep. */
public final class FragmentOptions implements StoryOptions {
    @Option(names = "--fragments", paramLabel = "N",
            description = "The largest input of the algorithm story's sweep, in functions and classes (default: 16000);"
                    + " the sweep measures N/64, N/32, ... N (quick: N/8 ... N).")
    Integer fragments;

    /** The defaults: the sweep up to 16000 fragments. */
    public FragmentOptions() {}

    /** {@code --fragments=N}. */
    public static FragmentOptions of(int fragments) {
        FragmentOptions options = new FragmentOptions();
        options.fragments = fragments;
        return options;
    }

    /** The number given, or null for the default. */
    public Integer fragments() {
        return fragments;
    }

    @Override
    public void check() {
        if (fragments != null && fragments < 1) {
            throw new IllegalArgumentException("--fragments must be at least 1, not " + fragments);
        }
    }
}
