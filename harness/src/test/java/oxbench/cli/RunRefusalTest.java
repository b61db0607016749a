package oxbench.cli;

import static oxbench.cli.Cli.assertOneLineError;
import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import oxbench.env.Home;
import oxbench.TinyDisk;
import oxbench.run.RunLock;
import oxbench.stories.patterns.PatternStoryTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench run} refuses bad options, bad input, a directory it may not write and a busy machine
 * with one line and exit code 2, before it writes anything: a refused run leaves nothing behind,
 * neither under results/ nor in --out. None of these runs measures.
 */
class RunRefusalTest {
    /** The cheapest story input to prepare: the boundary story's numbers. */
    private static final String[] FAST = {"run", "--quick", "--story", "boundary", "--impl", "add-one@java"};

    @TempDir
    Path dir;

    private String previousLock;
    private List<String> resultsBefore;

    @BeforeEach
    void privateLock() throws IOException {
        // These runs reach the lock but never measure: they must not wait for the machine's real runs.
        previousLock = System.setProperty(RunLock.PROPERTY, dir.resolve("oxbench-run.lock").toString());
        resultsBefore = results();
    }

    @AfterEach
    void restore() throws IOException {
        if (previousLock == null) {
            System.clearProperty(RunLock.PROPERTY);
        } else {
            System.setProperty(RunLock.PROPERTY, previousLock);
        }
        assertEquals(resultsBefore, results(), "a refused run leaves nothing under results/ (nor in index.json)");
    }

    private static List<String> results() throws IOException {
        Path results = Home.results();
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(results)) {
            return entries.map(path -> path.getFileName().toString() + (path.toFile().isFile() ? " " + path.toFile().lastModified() : ""))
                    .sorted().toList();
        }
    }

    private static String[] fast(String... more) {
        return Stream.concat(Stream.of(FAST), Stream.of(more)).toArray(String[]::new);
    }

    /** Exit code 2, the refusal as the last line (progress lines may come before it), no stack trace. */
    private static void assertRefused(Cli.Outcome outcome, String contains) {
        assertEquals(ExitCodes.USAGE, outcome.code(), outcome.err());
        List<String> lines = outcome.err().strip().lines().toList();
        String last = lines.getLast();
        assertTrue(last.startsWith("bench: ") && last.contains(contains), outcome.err());
        assertEquals(1, lines.stream().filter(line -> line.startsWith("bench: ") && !line.startsWith("bench: warning")).count(),
                outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace: " + outcome.err());
    }

    @Test
    void anEmptyStoryOrImplementationListIsAUsageError() {
        assertOneLineError(bench("run", "--story", ","), "--story has an empty story name (a stray comma?)");
        assertOneLineError(bench("run", "--impl", ","), "--impl has an empty implementation name");
        assertOneLineError(bench("run", "--story", ""), "--story has an empty story name");
    }

    @Test
    void badOptionsAreRefusedBeforeTheRunExists() {
        Path out = dir.resolve("run");
        assertOneLineError(bench(fast("--forks", "0", "--out", out.toString())), "--forks and --iterations must be at least 1");
        assertOneLineError(bench(fast("--forks", "0")), "--forks and --iterations must be at least 1");
        assertOneLineError(bench(fast("--max-file-size", "0")), "'0' is not a size of at least 1 byte");
        assertOneLineError(bench(fast("--max-file-size", "lots")), "'lots' is not a size in bytes");
        assertOneLineError(bench(fast("--target", "0", "--out", out.toString())), "--target must be a percentage above 0 and below 100");
        assertOneLineError(bench(fast("--target", "150")), "--target must be a percentage above 0 and below 100");
        assertOneLineError(bench(fast("--plan", "fixed", "--target", "5")), "--target needs the adaptive plan, not --plan fixed");
        assertOneLineError(bench(fast("--plan", "steady")), "--plan");
        assertFalse(Files.exists(out));
    }

    @Test
    void inputThatCannotBeMadeIsRefusedBeforeTheRunExists() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty-corpus"));
        Path out = dir.resolve("run");

        assertRefused(bench("run", "--quick", "--story", "fingerprint", "--corpus", empty.toString(), "--out", out.toString()),
                "has no usable *.py file");
        assertRefused(bench("run", "--quick", "--story", "fingerprint", "--corpus", empty.toString()), "has no usable *.py file");
        assertFalse(Files.exists(out));
    }

    /**
     * A story's own option reaches its input ({@code --patterns} beyond what the corpus holds is refused
     * when the input is made), and only in the run it was given to: the next run in this JVM makes the
     * input with the default (a warning, no refusal) and is refused only later, for its --out.
     */
    @Test
    void aStorysOwnOptionReachesItsInputAndNotTheNextRun() throws Exception {
        Path corpus = PatternStoryTest.corpus(dir);
        assertRefused(bench("run", "--quick", "--story", "patterns", "--corpus", corpus.toString(), "--patterns", "191"),
                "--patterns 191 is more than the 190 functions and classes");
        Cli.Outcome next = bench("run", "--quick", "--story", "patterns", "--corpus", corpus.toString(), "--out", "/proc/oxbench-run");
        assertRefused(next, "cannot create the run's directory in /proc/oxbench-run: ");
        assertTrue(next.err().contains("all of them are the patterns, not the guide's 1000"), next.err());
    }

    @Test
    void outMustBeANewOrEmptyDirectory() throws Exception {
        Path users = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(users.resolve("report.md"), "my own report");

        assertOneLineError(bench(fast("--out", users.toString())), "is not empty; a run is written only into a new or empty directory");

        assertEquals(List.of(users.resolve("report.md")), Files.list(users).toList());
        assertEquals("my own report", Files.readString(users.resolve("report.md")));
    }

    @Test
    void anOutThatCannotBeCreatedIsAnEnvironmentError() {
        assertRefused(bench(fast("--out", "/proc/oxbench-run")), "cannot create the run's directory in /proc/oxbench-run: ");
        assertFalse(Files.exists(Path.of("/proc/oxbench-run")));
    }

    @Test
    void aFullDiskIsAnEnvironmentErrorThatLeavesNoEmptyRun() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        try (TinyDisk tiny = TinyDisk.mount(disk)) {
            tiny.fill();
            Path out = disk.resolve("run");

            assertRefused(bench(fast("--out", out.toString())), "the run cannot be written: could not write " + out.resolve("summary.json") + ": No space left on device");

            assertFalse(Files.exists(out), "the refused run's empty directory is removed");
        }
    }

    @Test
    void withNoWaitARunRefusesAtOnceWhileAnotherMeasures() throws Exception {
        Path out = dir.resolve("run");
        try (RunLock other = RunLock.acquire(RunLock.machineWide(), "pid 1, since 2026-11-24T00:00:00Z: bench run --quick", false,
                Duration.ZERO, line -> { })) {
            assertRefused(bench(fast("--no-wait", "--out", out.toString())),
                    "another oxbench run is measuring on this machine (pid 1, since 2026-11-24T00:00:00Z: bench run --quick; lock ");
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutWhoseNameCannotBeARunIdIsRefusedBeforeTheRunExists() {
        Path out = dir.resolve("my run");
        assertOneLineError(bench(fast("--out", out.toString())), "--out's name, the run's id, \"my run\" is not a safe name");
        assertFalse(Files.exists(out));
    }

    @Test
    void aBrokenFolderStoryIsOneLineNamingItsFileAndKeyBeforeAnythingRuns() throws IOException {
        Path story = Files.createDirectories(dir.resolve("my-story"));
        assertOneLineError(bench("run", "--quick", "--story", story.toString()), story.toAbsolutePath() + "/oxbench.toml: no oxbench.toml");
        oxbench.stories.folder.ManifestTest.folder(story, oxbench.stories.folder.ManifestTest.VALID.replace("[inputs]", "[inputs\n"));
        assertOneLineError(bench("run", "--quick", "--story", story.toString()), "oxbench.toml: not valid TOML (line 14)");
        oxbench.stories.folder.ManifestTest.folder(story, oxbench.stories.folder.ManifestTest.VALID.replace("inputs/*", "inputs/*.csv"));
        // Mixed with a built-in story: the progress says which story it was preparing, then the one line.
        Cli.Outcome mixed = bench("run", "--quick", "--story", story + ",boundary");
        assertEquals(oxbench.cli.ExitCodes.USAGE, mixed.code(), mixed.err());
        assertTrue(mixed.err().strip().lines().reduce((a, b) -> b).orElseThrow()
                .endsWith("oxbench.toml: inputs.files: 'inputs/*.csv' matches no file in " + story.toAbsolutePath()), mixed.err());
        assertFalse(mixed.err().contains("\tat "), mixed.err());
        assertOneLineError(bench("run", "--quick", "--story", dir.resolve("elsewhere") + "/"), "no such folder");
    }

    @Test
    void theSameFolderNamedTwiceIsOneStoryButTwoFoldersWithOneIdAreRefused() throws IOException {
        Path one = oxbench.stories.folder.ManifestTest.folder(Files.createDirectories(dir.resolve("one")), oxbench.stories.folder.ManifestTest.VALID);
        Path two = oxbench.stories.folder.ManifestTest.folder(Files.createDirectories(dir.resolve("two")), oxbench.stories.folder.ManifestTest.VALID);
        assertOneLineError(bench("run", "--quick", "--story", one + "," + two), "are both story 'wordfreq'; a run measures each story once");
        assertOneLineError(bench("run", "--quick", "--story", one + "," + one + "/oxbench.toml", "--impl", "cobol@mainframe"),
                "unknown implementation(s) cobol@mainframe");
    }
}
