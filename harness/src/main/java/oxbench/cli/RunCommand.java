package oxbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import oxbench.env.BuildInfo;
import oxbench.env.Home;
import oxbench.env.Scratch;
import oxbench.summary.Status;
import oxbench.history.RunHistory;
import oxbench.jmh.AdaptivePlans;
import oxbench.jmh.FixedPlans;
import oxbench.jmh.MeasurementPolicy;
import oxbench.jmh.MeasurementPlan;
import oxbench.polyglot.Guests;
import oxbench.polyglot.RuntimeMode;
import oxbench.progress.Progress;
import oxbench.results.AtomicFiles;
import oxbench.report.ConsoleTable;
import oxbench.results.MachineInfo;
import oxbench.summary.Summary;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import oxbench.run.ChildProcesses;
import oxbench.run.RunDirectory;
import oxbench.run.RunLock;
import oxbench.run.RunRecorder;
import oxbench.run.StoryRunner;
import oxbench.run.StoryRunner.Prepared;
import oxbench.rust.RustToolchain;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Stories;
import oxbench.story.Story;
import oxbench.story.StoryOptions;
import oxbench.story.Warnings;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench run}: check and measure the stories, write the results, print the tables. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = RunCommand.StoryOptionsMixins.class,
        description = {
            "Check and measure every implementation of the chosen stories.",
            "Outputs are compared with the prototype's before timing; results go to",
            "results/<run-id>/ (JMH JSON, summary.json, report.md).",
            "Options and every story's input are checked before anything is written: a refused run leaves nothing.",
            "One run measures at a time on a machine: a run started while another measures waits for it",
            "(the lock is /tmp/oxbench-run.lock), unless --no-wait."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every implementation matched and was measured (or was capped at a size of a scaling table)",
            "1:some implementation failed or mismatched (the others' results are still written)",
            "2:usage, input or environment error: bad options or input, an --out that cannot be written, a full disk,"
                    + " another run measuring with --no-wait (one line on stderr)"
        })
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--story", split = ",", paramLabel = "S",
            description = "Stories to run (default: all): ids (see `bench list`) or folders holding an oxbench.toml"
                    + " (see docs/your-own-story.md), comma-separated.")
    List<String> stories = new ArrayList<>();

    @Option(names = "--impl", split = ",", paramLabel = "I",
            description = "Implementations to run (default: all of each story); the baseline each is checked against is always measured too.")
    List<String> impls = new ArrayList<>();

    @Option(names = "--quick", description = "A small input, one fork and short iterations: checks and rough numbers in a few minutes.")
    boolean quick;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Use every *.py file under DIR instead of the default standard-library code: the files to"
                    + " fingerprint, and the functions and classes the pattern and algorithm stories are made of.")
    Path corpus;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the run here instead of results/<run-id>/: a new or empty directory.")
    Path out;

    @Option(names = "--interpreter",
            description = "Run guest code without the optimizing JIT (the interpreter baseline); every result is labelled so.")
    boolean interpreter;

    /** The measurement policies {@code --plan} chooses from. */
    enum PlanPolicy { adaptive, fixed }

    @Option(names = "--plan", paramLabel = "POLICY", defaultValue = "adaptive",
            description = "adaptive (the default): warm up until steady, measure until the interval reaches --target, add forks"
                    + " while they disagree; fixed: every row with one fixed plan (quick: 1 fork, 15 x 1 s warm-up, 5 x 1 s;"
                    + " full: 3 forks, 20 x 1 s, 10 x 1 s), to compare with.")
    PlanPolicy planPolicy;

    @Option(names = "--target", paramLabel = "PCT",
            description = "The 99.9% half-width to measure to, in percent of the score (default 10 quick, 2 full).")
    Double target;

    @Option(names = {"-f", "--forks"}, paramLabel = "N", description = "Fix the forks per implementation.")
    Integer forks;

    @Option(names = {"-wi", "--warmup-iterations"}, paramLabel = "N", description = "Fix the warm-up iterations per fork"
            + " (no steady-state detection).")
    Integer warmupIterations;

    @Option(names = {"-i", "--iterations"}, paramLabel = "N", description = "Fix the measured iterations per fork (no target).")
    Integer iterations;

    @Option(names = "--no-wait",
            description = "When another oxbench run is measuring on this machine, fail at once (exit 2) instead of waiting for it.")
    boolean noWait;

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Skip, with a warning, every corpus file larger than SIZE bytes (suffixes k, M, G: 1024-based;"
                    + " default: 1M, larger than any standard-library module). Such files are skipped before they are read.")
    Long maxFileSize;

    /** How often a run waiting for another one says it is still waiting. */
    static final Duration WAIT_NOTE_EVERY = Duration.ofMinutes(1);

    /** The policy chosen with {@code --plan} and {@code --target}, once the options are checked. */
    private MeasurementPolicy policy;

    /** How long the child processes (JMH forks, drivers) get to stop on their own when the run ends early. */
    private static final Duration CHILDREN_GRACE = Duration.ofSeconds(5);

    /**
     * Checks everything the user gave (options, names, --out), waits for the machine-wide run lock, and
     * makes every story's input before anything is written, so a refused run leaves nothing behind; then
     * creates the run's directory and measures.
     */
    @Override
    public Integer call() throws Exception {
        Progress progress = Progress.to(System.err);
        List<Selection<?>> selections = select();
        MeasurementPlan plan;
        try {
            if (target != null && planPolicy == PlanPolicy.fixed) {
                throw new IllegalArgumentException("--target needs the adaptive plan, not --plan fixed");
            }
            policy = planPolicy == PlanPolicy.fixed ? new FixedPlans() : new AdaptivePlans(target == null ? null : target / 100);
            plan = policy.plan(quick).with(forks, warmupIterations, iterations);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        InputOptions inputOptions;
        try {
            inputOptions = new InputOptions(quick, corpus, maxFileSize == null ? InputOptions.DEFAULT_MAX_FILE_BYTES : maxFileSize,
                    null);
            if (out != null) {
                RunDirectory.checkOut(out);
                // the directory's name becomes the run's id, which every reader checks before it becomes a path
                String unsafe = RunHistory.unsafeId("--out's name, the run's id,", out.toAbsolutePath().normalize().getFileName().toString());
                if (unsafe != null) {
                    throw new UserError(unsafe);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        RuntimeMode mode = interpreter ? RuntimeMode.INTERPRETER : RuntimeMode.JIT;
        System.setProperty(RuntimeMode.PROPERTY, mode.label());
        Guests guests = Guests.shared();
        try {
            guests.requireJitUnlessInterpreter();
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
        // However the run ends: stops its child processes, keeps what was measured if it did not finish
        // (once the recorder exists), and removes its temporary files.
        AtomicReference<RunRecorder> recording = new AtomicReference<>();
        Warnings warnings = line -> progress.note("warning: " + line);
        ChildProcesses children = ChildProcesses.startedFromNow();
        Thread onExit = new Thread(() -> {
            // The record is closed first: a fork that dies while it is stopped must not turn its row from
            // interrupted into failed in the summary that is kept.
            RunRecorder recorder = recording.get();
            if (recorder != null) {
                keepInterrupted(recorder, warnings, System.err);
            }
            children.stop(CHILDREN_GRACE);
            Scratch.deleteNow();
        }, "oxbench-run-exit");
        Runtime.getRuntime().addShutdownHook(onExit);
        // Inputs are made under the lock (parsing a corpus takes the CPU another run is measuring with),
        // but before the run's directory exists, so a run refused for its input leaves nothing behind.
        try (RunLock lock = lock(progress)) {
            List<Ready<?>> inputs = new ArrayList<>();
            for (Selection<?> selection : selections) {
                inputs.add(ready(selection, inputOptions.with(storyOptions().get(selection.story().id())), progress));
            }
            return measure(lock, inputs, plan, guests, progress, warnings, recording);
        } finally {
            // Not shutting down (the run finished, or failed with an exception): do the hook's work now.
            if (removeHook(onExit)) {
                onExit.run();
            }
        }
    }

    /** The measuring part of a run, under the run lock: the directory, the stories, the summary. */
    private int measure(RunLock lock, List<Ready<?>> inputs, MeasurementPlan plan, Guests guests, Progress progress,
            Warnings warnings, AtomicReference<RunRecorder> recording) throws Exception {
        Instant started = Instant.now();
        RunDirectory runDir = create(started);
        try {
            lock.describe(holder() + ", run " + runDir.id() + " in " + runDir.dir());
        } catch (IOException e) {
            warnings.warn("could not name this run in the run lock " + RunLock.machineWide() + ": " + AtomicFiles.reason(e));
        }
        progress.note(String.format("oxbench %s: run %s (%s) -> %s", BuildInfo.version(), runDir.id(), plan.name(), runDir.dir()));
        RunInfo running = runInfo(runDir, plan, guests, started);
        RunRecorder recorder = new RunRecorder(runDir, running, warnings);
        try {
            recorder.start();
        } catch (AtomicFiles.NotWritten e) {
            runDir.removeIfEmpty();
            throw new UserError("the run cannot be written: " + e.getMessage());
        }
        recording.set(recorder);
        indexRuns(runDir, warnings);
        StoryRunner runner = new StoryRunner(quick, policy, chosen -> chosen.with(forks, warmupIterations, iterations),
                runDir.dir(), progress);
        List<StoryResult> results = new ArrayList<>();
        Summary summary;
        try {
            for (Ready<?> input : inputs) {
                StoryResult result = run(runner, input, recorder);
                results.add(result);
                recorder.storyDone(result);
            }
            summary = recorder.finish(Instant.now());
        } catch (AtomicFiles.NotWritten e) {
            recorder.abandon();
            throw new UserError("the run stopped: its results could not be written (" + e.getMessage() + "); what was"
                    + " written before is kept in " + runDir.dir() + " (complete: false)");
        }
        indexRuns(runDir, warnings);
        progress.done();

        ConsoleTable.print(summary, System.out);
        System.out.printf("%nWritten to %s%n", runDir.dir());
        boolean allOk = results.stream()
                .flatMap(story -> story.implementations().stream())
                .noneMatch(impl -> impl.status().failure());
        return allOk ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Removes the exit hook, unless the JVM is already shutting down (then the hook does the clean-up). */
    private static boolean removeHook(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    /** The machine-wide run lock: waited for, or refused at once with --no-wait. */
    private RunLock lock(Progress progress) throws IOException, InterruptedException {
        Path file = RunLock.machineWide();
        try {
            return RunLock.acquire(file, holder(), !noWait, WAIT_NOTE_EVERY, line -> progress.note("bench: " + line));
        } catch (RunLock.Held e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot open the run lock " + file + ": " + AtomicFiles.reason(e));
        }
    }

    /** Who holds the run lock, for the runs that wait: this process and its command line. */
    private String holder() {
        return String.format("pid %d, since %s: bench %s", ProcessHandle.current().pid(), Instant.now(),
                String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    }

    /** The run's directory; one that cannot be created (unwritable, /proc) is an environment error. */
    private RunDirectory create(Instant started) {
        Path where = out == null ? Home.results() : out;
        try {
            return out == null ? RunDirectory.createUnder(Home.results(), started) : RunDirectory.at(out);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot create the run's directory in " + where + ": " + AtomicFiles.reason(e));
        }
    }

    /**
     * The shutdown hook's work when the run did not finish (Ctrl-C, SIGTERM, or an error that ends the
     * JVM): the stories measured so far are written once more with {@code complete: false} and the
     * index updated, so later reports can read them. The story in progress is not in the summary; JMH's
     * files for what it had measured stay in the directory.
     */
    static void keepInterrupted(RunRecorder recorder, Warnings warnings, PrintStream progress) {
        try {
            Summary kept = recorder.interrupted();
            if (kept != null) {
                indexRuns(recorder.dir(), warnings);
                progress.printf("%nbench: run interrupted: %d story(ies) kept in %s (complete: false; what was not"
                        + " measured yet is marked interrupted)%n", kept.stories().size(), recorder.dir().dir());
            }
        } catch (IOException | RuntimeException e) {
            progress.println("bench: run interrupted; could not rewrite its summary: " + e);
        }
    }

    /** Keeps results/index.json current when the run is kept under results/ (not for --out elsewhere). */
    private static void indexRuns(RunDirectory runDir, Warnings warnings) {
        Path results = Home.results();
        if (!runDir.dir().getParent().equals(results)) {
            return;
        }
        try {
            new RunHistory(results).writeIndex();
        } catch (IOException e) {
            warnings.warn("could not update " + results.resolve(RunHistory.INDEX) + ": " + e.getMessage());
        }
    }

    /**
     * Adds every registered story's own options ({@link Story#options()}) to {@code bench run} as a
     * mixin named for the story. Picocli builds the command's model once per command line, so every
     * command line gets fresh option objects: nothing given to one {@code bench run} reaches the next.
     */
    public static final class StoryOptionsMixins implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            for (Story<?> story : Stories.all()) {
                StoryOptions own = story.options();
                if (own != null) {
                    command.addMixin(story.id(), CommandSpec.forAnnotatedObject(own));
                }
            }
            return command;
        }
    }

    /** The stories' own options as this command line set them, by story id. */
    Map<String, StoryOptions> storyOptions() {
        Map<String, StoryOptions> own = new LinkedHashMap<>();
        spec.mixins().forEach((story, mixin) -> {
            if (mixin.userObject() instanceof StoryOptions options) {
                own.put(story, options);
            }
        });
        return own;
    }

    /** One story and the implementations of it to run. */
    record Selection<I>(Story<I> story, List<Implementation<I>> impls) {}

    /** One story's chosen implementations and its input, prepared. */
    record Ready<I>(List<Implementation<I>> impls, Prepared<I> input) {}

    /** Prepares the input of a selected story; input that cannot be made (e.g. an empty corpus) is a usage error. */
    private static <I> Ready<I> ready(Selection<I> selection, InputOptions options, Progress progress) throws Exception {
        try {
            return new Ready<>(selection.impls(), StoryRunner.prepare(selection.story(), options, progress));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static <I> StoryResult run(StoryRunner runner, Ready<I> ready, RunRecorder recorder) throws Exception {
        try {
            return runner.run(ready.input(), ready.impls(), recorder::storyInProgress);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Resolves --story and --impl against the known stories; unknown names are a usage error. */
    private List<Selection<?>> select() {
        requireNames("--story", stories, "story");
        requireNames("--impl", impls, "implementation");
        List<Story<?>> chosen = new ArrayList<>();
        Map<String, Story<?>> byId = new LinkedHashMap<>();
        Map<String, String> namedAs = new LinkedHashMap<>();
        for (String argument : new LinkedHashSet<>(stories)) {
            Story<?> story;
            try {
                story = Stories.resolve(argument);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            Story<?> same = byId.putIfAbsent(story.id(), story);
            if (same == null) {
                namedAs.put(story.id(), argument);
            } else if (!java.util.Objects.equals(same.origin(), story.origin())) {
                throw new UserError("--story " + namedAs.get(story.id()) + " and --story " + argument + " are both story '"
                        + story.id() + "'; a run measures each story once");
            }
        }
        chosen.addAll(byId.values());
        if (chosen.isEmpty()) {
            chosen.addAll(Stories.all());
        }
        Set<String> wanted = new LinkedHashSet<>(impls);
        Set<String> unknown = new LinkedHashSet<>(wanted);
        List<Selection<?>> selections = new ArrayList<>();
        for (Story<?> story : chosen) {
            story.implementations().forEach(impl -> unknown.remove(impl.id()));
            Selection<?> selection = selection(story, wanted, quick);
            if (!selection.impls().isEmpty()) {
                selections.add(selection);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UserError("unknown implementation(s) " + String.join(", ", unknown)
                    + " for the chosen stories (see `bench list`)");
        }
        for (StoryOptions own : storyOptions().values()) {
            try {
                own.check();
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        if (corpus != null && !corpus.toFile().isDirectory()) {
            throw new UserError("--corpus " + corpus + " is not a directory");
        }
        if (selections.isEmpty()) {
            throw new UserError("nothing to run: the chosen stories have none of the chosen implementations (see `bench list`)");
        }
        return selections;
    }

    /**
     * A name list given on the command line must name something: {@code --story ,} or {@code --story ""}
     * (no name, or an empty one) is a usage error, not "everything".
     */
    private void requireNames(String option, List<String> names, String what) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option) && (names.isEmpty() || names.stream().anyMatch(String::isBlank))) {
            throw new UserError(option + " has an empty " + what + " name (a stray comma?); see `bench list`");
        }
    }

    /**
     * All of the story's implementations (in a quick run, all but those it leaves to full runs), or
     * the wanted ones plus the baselines they are checked against (none if none is wanted).
     */
    static <I> Selection<I> selection(Story<I> story, Set<String> wanted, boolean quick) {
        if (wanted.isEmpty()) {
            Set<String> leftOut = quick ? story.leftOutOfQuickRuns() : Set.of();
            return new Selection<>(story, story.implementations().stream().filter(impl -> !leftOut.contains(impl.id())).toList());
        }
        Set<String> baselines = story.implementations().stream()
                .filter(impl -> wanted.contains(impl.id()))
                .map(impl -> story.baselineOf(impl.id()))
                .collect(java.util.stream.Collectors.toSet());
        List<Implementation<I>> impls = story.implementations().stream()
                .filter(impl -> wanted.contains(impl.id()) || baselines.contains(impl.id()))
                .toList();
        return new Selection<>(story, impls);
    }

    /** The run's metadata, gathered once at the start; the run is not complete yet. */
    private RunInfo runInfo(RunDirectory runDir, MeasurementPlan plan, Guests guests, Instant started) {
        return new RunInfo(
                runDir.id(),
                plan.name(),
                guests.mode() == RuntimeMode.JIT && guests.jitAvailable(),
                guests.mode().label(),
                guests.runtimeName(),
                MachineInfo.git(Home.dir()),
                MachineInfo.jdk(),
                BuildInfo.graalvm(),
                BuildInfo.jmh(),
                BuildInfo.version(),
                RustToolchain.version(),
                MachineInfo.cpu(),
                Runtime.getRuntime().availableProcessors(),
                MachineInfo.os(),
                MachineInfo.host(),
                started.toString(),
                null,
                false,
                spec.commandLine().getParseResult().originalArgs(),
                plan.summary(),
                oxbench.results.TimingFloor.ofThisMachine());
    }
}
