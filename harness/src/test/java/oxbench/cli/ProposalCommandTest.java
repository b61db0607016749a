package oxbench.cli;

import static oxbench.cli.Cli.assertOneLineError;
import static oxbench.cli.Cli.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import oxbench.results.Json;
import oxbench.results.SummaryJsonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench proposal} on a run directory: exit codes, one-line errors, and results/ left untouched. */
class ProposalCommandTest {
    @TempDir
    Path dir;

    private Path run() throws Exception {
        Path run = Files.createDirectories(dir.resolve("20261124-000000"));
        Files.writeString(run.resolve("summary.json"), Json.MAPPER.writeValueAsString(SummaryJsonTest.sample()));
        return run;
    }

    private static Map<Path, String> contents(Path root) throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.readString(file) + Files.getLastModifiedTime(file));
            }
        }
        return files;
    }


    @Test
    void aProposalIsWrittenAndTheRunIsLeftAsItWas() throws Exception {
        Path run = run();
        Map<Path, String> before = contents(dir);
        Path out = dir.resolve("..").resolve(dir.getFileName() + "-proposal.md").normalize();
        Cli.Outcome outcome = bench("proposal", "--run", run.toString(), "--story", "fingerprint", "--from", "rust@graalwasm",
                "--to", "rust@ffm", "--share", "0.5", "--out", out.toString());
        assertEquals(ExitCodes.OK, outcome.code(), outcome.err());
        String md = Files.readString(out);
        Files.delete(out);
        assertTrue(md.startsWith("# Proposal: fingerprint from rust@graalwasm to rust@ffm"), md);
        assertTrue(md.contains("**Recommendation: Not decided yet**"), md);
        assertTrue(md.contains("QUICK RUN"), md);
        assertEquals(before, contents(dir));
    }

    @Test
    void anUnknownImplementationIsOneLineListingTheKnownOnes() throws Exception {
        Path run = run();
        Map<Path, String> before = contents(dir);
        assertOneLineError(bench("proposal", "--run", run.toString(), "--story", "fingerprint", "--from", "python@graalpy",
                "--to", "rust@ffm"), "has no implementation 'python@graalpy' (it has: rust@ffm, rust@graalwasm)");
        assertEquals(before, contents(dir));
    }

    @Test
    void badRunsAndSharesAreOneLineErrors() throws Exception {
        Path run = run();
        assertOneLineError(bench("proposal", "--run", dir.resolve("nope").toString(), "--story", "fingerprint", "--from", "a",
                "--to", "b"), "no run");
        Files.writeString(run.resolve("summary.json"), "{\"run\": {\"id\": \"x\"");
        assertOneLineError(bench("proposal", "--run", run.toString(), "--story", "fingerprint", "--from", "a", "--to", "b"),
                "is not a valid oxbench summary");
        assertOneLineError(bench("proposal", "--run", run.toString(), "--story", "fingerprint", "--from", "a", "--to", "b",
                "--share", "1.5"), "--share must be in (0, 1]");
        assertOneLineError(bench("proposal", "--story", "fingerprint", "--from", "a", "--to", "b", "--share", "half"),
                "'half'");
    }

    @Test
    void aFolderStoryIsLookedForAmongTheRunsOfThatFolder() throws Exception {
        Path story = oxbench.stories.folder.ManifestTest.folder(Files.createDirectories(dir.resolve("our story")),
                oxbench.stories.folder.ManifestTest.VALID.replace("id = \"wordfreq\"", "id = \"never-measured-here\""));
        Cli.assertOneLineError(Cli.bench("proposal", "--story", story.toString(), "--from", "python@graalpy", "--to", "rust@ffm"),
                "has story 'never-measured-here' from " + story.toAbsolutePath().normalize());
    }
}
