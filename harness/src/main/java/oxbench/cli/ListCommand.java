package oxbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import oxbench.jmh.AdaptivePlans;
import oxbench.jmh.FixedPlans;
import oxbench.story.Claim;
import oxbench.story.Implementation;
import oxbench.story.Stories;
import oxbench.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench list}: the stories, their implementations and the guide's claims; with {@code --plans}, how each is measured. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the stories, their implementations and the guide's claims.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--plans", description = "Print instead, for every implementation, the kind of code it is and the"
            + " rules it is measured by, quick and full, adaptive (the default) and fixed.")
    boolean plans;

    @Option(names = "--story", split = ",", paramLabel = "S",
            description = "Only these stories: ids or folders holding an oxbench.toml (default: every registered story).")
    List<String> stories = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Story<?>> listed = new ArrayList<>();
        for (String argument : new LinkedHashSet<>(stories)) {
            try {
                listed.add(Stories.resolve(argument));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        if (listed.isEmpty()) {
            listed.addAll(Stories.all());
        }
        if (plans) {
            PlanListing.print(listed, List.of(new AdaptivePlans(), new FixedPlans()), out);
            out.flush();
            return ExitCodes.OK;
        }
        for (Story<?> story : listed) {
            out.printf("%s: %s%n", story.id(), story.title());
            for (Implementation<?> impl : story.implementations()) {
                out.printf("  %-24s %-12s %s%s%n", impl.id(), impl.language(), impl.runtime(),
                        impl.id().equals(story.baselineOf(impl.id())) ? "  (baseline)" : "");
            }
            for (Claim<?> claim : story.claims()) {
                out.printf("  claim: %s%n", claim.describe());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
