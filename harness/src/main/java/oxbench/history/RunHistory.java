package oxbench.history;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import oxbench.results.AtomicFiles;
import oxbench.results.Json;
import oxbench.results.Summary;
import oxbench.results.Summary.StoryResult;
import oxbench.run.RunDirectory;

/**
 * The runs kept under {@code results/}: one directory per run with its {@code summary.json}, and
 * {@code results/index.json} listing them (id, date, git commit, mode, host). Only {@code bench run}
 * writes here; reports, comparisons and dashboards only read.
 */
public final class RunHistory {
    public static final String INDEX = "index.json";

    /** One run: its directory and its summary, read and checked. */
    public record Run(Path dir, Summary summary) {
        public String id() {
            return summary.run().id();
        }
    }

    /** One line of the index. */
    public record Entry(String id, String started, String finished, String git, String mode, String runtime, String host,
            boolean complete, List<String> stories) {
        static Entry of(Summary summary) {
            Summary.RunInfo run = summary.run();
            return new Entry(run.id(), run.started(), run.finished(), run.git(), run.mode(), run.runtime(), run.host(),
                    run.complete(), summary.stories().stream().map(StoryResult::story).toList());
        }
    }

    private final Path results;

    public RunHistory(Path results) {
        this.results = results;
    }

    /** The directory the runs are kept in. */
    public Path results() {
        return results;
    }

    /**
     * The run named by {@code idOrDir}: a run id under {@code results/}, or a run directory anywhere.
     *
     * @throws IllegalArgumentException (one line) for an unknown id, a directory that holds no run, or a
     *                                  summary that is truncated, edited into an invalid shape or unreadable
     */
    public Run open(String idOrDir) {
        Path dir = Path.of(idOrDir);
        if (!Files.isDirectory(dir)) {
            Path byId = results.resolve(idOrDir);
            if (idOrDir.contains("/") || !Files.isDirectory(byId)) {
                throw new IllegalArgumentException("no run '" + idOrDir + "': neither a run id under " + results
                        + " nor a directory");
            }
            dir = byId;
        }
        return read(dir.toAbsolutePath().normalize());
    }

    /** Every readable run under {@code results/}, oldest first; directories that hold no valid run are left out. */
    public List<Run> all() throws IOException {
        return scan(new ArrayList<>());
    }

    /**
     * Like {@link #all()}, and adds to {@code unreadable} one line per directory whose summary.json
     * cannot be read as a run (truncated, hand-edited).
     */
    public List<Run> scan(List<String> unreadable) throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(results)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (Files.isRegularFile(dir.resolve(RunDirectory.SUMMARY))) {
                    try {
                        runs.add(read(dir));
                    } catch (IllegalArgumentException e) {
                        unreadable.add(e.getMessage());
                    }
                }
            }
        }
        runs.sort(Comparator.comparing((Run run) -> run.summary().run().started()).thenComparing(Run::id));
        return runs;
    }

    /**
     * Rewrites {@code results/index.json} from the run directories, atomically and through a temporary
     * file of its own, so runs that finish at the same moment never break each other's write.
     */
    public void writeIndex() throws IOException {
        List<Entry> entries = all().stream().map(run -> Entry.of(run.summary())).toList();
        Files.createDirectories(results);
        AtomicFiles.write(results.resolve(INDEX), Json.MAPPER.writeValueAsBytes(entries));
    }

    /** Reads and checks a run directory's summary. */
    static Run read(Path dir) {
        Path file = dir.resolve(RunDirectory.SUMMARY);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not an oxbench run (no " + RunDirectory.SUMMARY + ")");
        }
        Summary summary;
        try {
            summary = Json.MAPPER.readValue(file.toFile(), Summary.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not a valid oxbench summary (truncated or edited?): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
        }
        String problem = problem(summary);
        if (problem != null) {
            throw new IllegalArgumentException(file + " is not a valid oxbench summary: " + problem);
        }
        return new Run(dir, summary);
    }

    /** What makes a parsed summary unusable, or null. */
    private static String problem(Summary summary) {
        if (summary == null || summary.run() == null) {
            return "no \"run\"";
        }
        if (summary.run().id() == null || summary.run().started() == null) {
            return "\"run\" has no id or start time";
        }
        if (summary.stories() == null) {
            return "no \"stories\"";
        }
        for (StoryResult story : summary.stories()) {
            if (story == null || story.story() == null || story.unit() == null || story.implementations() == null
                    || story.claims() == null) {
                return "a story lacks its id, unit, implementations or claims";
            }
            for (Summary.ImplementationResult impl : story.implementations()) {
                if (impl == null || impl.impl() == null || impl.status() == null) {
                    return "an implementation of " + story.story() + " lacks its id or status";
                }
                if (impl.score() != null && (impl.score() <= 0 || impl.score().isNaN())) {
                    return impl.impl() + " of " + story.story() + " has an impossible score " + impl.score();
                }
            }
        }
        return null;
    }
}
