package oxbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oxbench.history.RunHistory;
import oxbench.jmh.FixedPlans;
import oxbench.progress.Progress;
import oxbench.report.ConsoleTable;
import oxbench.report.MarkdownReport;
import oxbench.results.AtomicFiles;
import oxbench.results.Json;
import oxbench.results.SummaryJsonTest;
import oxbench.run.InProcessMeasurer;
import oxbench.run.StoryRunner;
import oxbench.story.InputOptions;
import oxbench.story.Story;
import oxbench.summary.ClaimResult;
import oxbench.summary.Status;
import oxbench.summary.Summary;
import oxbench.summary.Summary.StoryResult;
import oxbench.summary.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/adding-a-story.md, followed: its Java blocks are the example story's code
 * ({@code oxbench.stories.vowels}, one package), its registration line finds the story, and the
 * story, with its claim of a kind no other story has, goes through the whole pipeline.
 */
class AddingAStoryTest {
    private static final Path PAGE = Path.of("../docs/adding-a-story.md");
    private static final Path EXAMPLE = Path.of("src/test/java/oxbench/stories/vowels");

    @Test
    void everyJavaBlockOfThePageIsTheExamplesCode() throws Exception {
        StringBuilder code = new StringBuilder();
        try (var files = Files.list(EXAMPLE)) {
            for (Path file : files.sorted().toList()) {
                code.append(Files.readString(file)).append('\n');
            }
        }
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PAGE));
        int blocks = 0;
        while (block.find()) {
            blocks++;
            assertTrue(code.toString().contains(block.group(1)), "not in " + EXAMPLE + ":\n" + block.group(1));
        }
        assertTrue(blocks >= 6, blocks + " Java blocks");
        try (var files = Files.list(EXAMPLE)) {
            assertEquals(1, files.map(file -> file.getParent()).distinct().count(), "one package");
        }
    }

    @Test
    void theRegistrationLineFindsTheStory() throws Exception {
        String line = Files.readString(Path.of("src/test/resources/adding-a-story/META-INF/services/oxbench.story.Story")).strip();
        assertTrue(Files.readString(PAGE).contains("```\n" + line + "\n```"), "the page shows the line");
        URL registration = Path.of("src/test/resources/adding-a-story/").toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {registration}, getClass().getClassLoader())) {
            List<String> ids = ServiceLoader.load(Story.class, loader).stream().map(provider -> provider.get().id()).toList();
            assertTrue(ids.contains("vowels"), ids.toString());
            assertTrue(ids.contains("fingerprint"), "beside the registered stories: " + ids);
        }
    }

    @Test
    void theStoryKeepsTheContractEveryRegisteredStoryKeeps() {
        StoriesContractTest.check(vowels());
    }

    @Test
    void itsRowsAreCheckedMeasuredAndItsNewClaimIsJudgedAndShown(@TempDir Path dir) throws Exception {
        Story<List<String>> story = vowels();
        StoryRunner runner = new StoryRunner(true, new FixedPlans(), UnaryOperator.identity(), Progress.to(
                new PrintStream(java.io.OutputStream.nullOutputStream())), new InProcessMeasurer());
        StoryResult result = runner.run(story, story.implementations(), new InputOptions(true, null));
        result.implementations().forEach(row -> assertEquals(Status.OK, row.status(), row.impl() + ": " + row.message()));
        assertEquals(result.implementations().get(0).digest(), result.implementations().get(1).digest());
        ClaimResult claim = result.claims().getFirst();
        assertEquals("at-most-slower", claim.kind());
        assertTrue(List.of(Verdict.REPRODUCED, Verdict.NOT_REPRODUCED, Verdict.INCONCLUSIVE).contains(claim.verdict()));
        assertNotNull(claim.data().get("ratio"), claim.data().toString());

        Summary summary = new Summary(SummaryJsonTest.sample().run(), List.of(result));
        AtomicFiles.write(dir.resolve("summary.json"), Json.MAPPER.writeValueAsBytes(summary));
        Summary read = RunHistory.read(dir).summary();
        assertEquals(result.claims(), read.stories().getFirst().claims(), "the new kind reads back from summary.json");

        assertTrue(MarkdownReport.render(read).contains("### How much slower"), "report.md draws its table");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ConsoleTable.print(read, new PrintStream(console, true, StandardCharsets.UTF_8));
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("java@regex / java@loop"), console.toString());
    }

    @SuppressWarnings("unchecked")
    private static Story<List<String>> vowels() {
        return (Story<List<String>>) ServiceLoader.load(Story.class, loader()).stream()
                .map(ServiceLoader.Provider::get).filter(story -> story.id().equals("vowels")).findFirst().orElseThrow();
    }

    private static ClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {Path.of("src/test/resources/adding-a-story/").toUri().toURL()},
                    AddingAStoryTest.class.getClassLoader());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
