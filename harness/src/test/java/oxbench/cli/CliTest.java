package oxbench.cli;

import static oxbench.cli.Cli.assertOneLineError;
import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and one-line errors of the CLI, for input rejected before anything runs. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownStoryIsAUsageError() {
        assertOneLineError(bench("run", "--story", "nope"), "unknown story 'nope' (known: "
                + String.join(", ", oxbench.story.Stories.all().stream().map(oxbench.story.Story::id).toList())
                + "; or a folder holding an oxbench.toml (see docs/your-own-story.md; `bench new` writes one))");
    }

    @Test
    void anUnknownImplementationIsAUsageError() {
        assertOneLineError(bench("run", "--impl", "cobol@mainframe"), "unknown implementation(s) cobol@mainframe");
    }

    @Test
    void aMissingCorpusIsAUsageError() {
        assertOneLineError(bench("run", "--corpus", dir.resolve("missing").toString()), "is not a directory");
    }

    @Test
    void anOutDirectoryHoldingARunIsRefused() throws Exception {
        Files.writeString(dir.resolve("summary.json"), "{}");
        assertOneLineError(bench("run", "--quick", "--out", dir.toString()), "already holds a run");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertOneLineError(bench("run", "--fast"), "Unknown option: '--fast'");
    }

    @Test
    void negativeIterationsAreAUsageError() {
        assertOneLineError(bench("run", "--iterations", "0"), "--iterations must be at least 1");
    }

    @Test
    void tooFewPatternsIsAUsageError() {
        assertOneLineError(bench("run", "--story", "patterns", "--patterns", "0"), "--patterns must be at least 1, not 0");
        assertOneLineError(bench("run", "--patterns", "many"), "Invalid value for option '--patterns'");
        assertOneLineError(bench("run", "--story", "algorithm", "--fragments", "0"), "--fragments must be at least 1, not 0");
    }

    @Test
    void noCommandIsAUsageError() {
        assertOneLineError(bench(), "missing command");
    }

    @Test
    void versionAndHelpExitZero() {
        Cli.Outcome version = bench("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().contains("oxbench 0.1.0"), version.out());
        Cli.Outcome help = bench("run", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--interpreter"), help.out());
    }

    @Test
    void listNamesEveryImplementationOfEveryStory() {
        Cli.Outcome list = bench("list");
        assertEquals(0, list.code());
        for (String id : new String[] {"python@graalpy", "rust@ffm", "rust@graalwasm", "python+rust@ffm", "python+rust@graalwasm",
                "js@graaljs", "js+rust@graalwasm", "js+rust@graalwasm-json"}) {
            assertTrue(list.out().contains(id), id + " in " + list.out());
        }
        assertTrue(list.out().contains("(500 ms -> 5 ms per 1000 patterns)"), list.out());
        assertTrue(list.out().contains("claim: python-nlogn@graalpy overtakes rust-naive@ffm as the input grows"
                + " (python-naive@graalpy O(n^2), python-nlogn@graalpy O(n log n), rust-naive@ffm O(n^2), rust-nlogn@ffm O(n log n))"),
                list.out());
    }
}
