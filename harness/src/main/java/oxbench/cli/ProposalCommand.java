package oxbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import oxbench.env.Home;
import oxbench.history.RunHistory;
import oxbench.story.Stories;
import oxbench.story.Story;
import oxbench.proposal.ProposalMarkdown;
import oxbench.proposal.Proposals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench proposal}: a migration proposal in Markdown from one run's evidence. Reads results/ only. */
@Command(name = "proposal", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Write a migration proposal in Markdown from one run's evidence.",
            "One story's function moved from one implementation to another, with the run's",
            "evidence, the guide's Migration Checklist and its When to Migrate reasons.",
            "Nothing is measured: every number comes from the run's summary.json."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the proposal was written (whatever it recommends)", "2:usage or input error"})
public final class ProposalCommand implements Callable<Integer> {
    @Option(names = "--story", required = true, paramLabel = "S", description = "The story whose function moves: its id, or its folder.")
    String story;

    @Option(names = "--from", required = true, paramLabel = "IMPL", description = "The implementation used now (the baseline).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "IMPL", description = "The implementation proposed instead.")
    String to;

    @Option(names = "--share", paramLabel = "F",
            description = "Share of the whole program's time spent in this function, from a profile, in (0, 1]"
                    + " (e.g. 0.5). Without it the proposal shows the effect for example shares and cannot recommend migrating.")
    Double share;

    @Option(names = "--run", paramLabel = "RUN",
            description = "A run id under results/ or a run directory (default: the newest complete run that has the story).")
    String run;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the proposal here (default: standard output); not under results/.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (share != null && !(share > 0 && share <= 1)) {
            throw new UserError("--share must be in (0, 1], not " + share);
        }
        if (out != null) {
            ReportOutput.outsideResults(out);
        }
        Story<?> opened = opened(story);
        String origin = opened == null ? null : opened.origin();
        story = opened == null ? story : opened.id();
        RunHistory history = new RunHistory(Home.results());
        RunHistory.Run chosen;
        String markdown;
        try {
            chosen = run != null ? history.open(run) : newestWith(history, origin);
            markdown = ProposalMarkdown.render(Proposals.of(chosen.summary(), chosen.dir().toString(), story, from, to, share));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (out == null) {
            System.out.print(markdown);
        } else {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
            System.err.println("bench: proposal written to " + out);
        }
        return ExitCodes.OK;
    }

    /**
     * The story {@code --story} names when it is a registered id or something a source opens (a folder); null
     * for anything else, which is taken as an id that only old runs may have.
     */
    private static Story<?> opened(String argument) {
        boolean registered = Stories.all().stream().anyMatch(known -> known.id().equals(argument));
        if (!registered && Stories.sources().stream().noneMatch(source -> source.recognises(argument))) {
            return null;
        }
        try {
            return Stories.resolve(argument);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The newest complete run with the story; for a story from a folder, from that folder (two folders may share an id). */
    private RunHistory.Run newestWith(RunHistory history, String origin) throws IOException {
        List<RunHistory.Run> runs = history.all();
        List<RunHistory.Run> complete = runs.stream().filter(r -> r.summary().run().complete())
                .filter(r -> r.summary().stories().stream().anyMatch(s -> s.story().equals(story)
                        && (origin == null || origin.equals(s.origin())))).toList();
        if (complete.isEmpty()) {
            List<String> known = runs.stream().flatMap(r -> r.summary().stories().stream()).map(s -> s.story()).distinct().toList();
            throw new UserError("no complete run under " + history.results() + " has story '" + story + "'" + (origin == null ? "" : " from " + origin)
                    + (known.isEmpty() ? " (no runs there; `bench run` first, or give --run)" : " (stories measured: "
                    + String.join(", ", known) + "); give --run for an incomplete one"));
        }
        return complete.getLast();
    }
}
