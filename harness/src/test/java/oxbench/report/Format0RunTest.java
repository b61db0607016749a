package oxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import oxbench.history.RunHistory;
import oxbench.summary.ClaimResult;
import oxbench.summary.Summary;
import oxbench.summary.Summary.StoryResult;
import org.junit.jupiter.api.Test;

/**
 * A real quick run of all eight stories recorded by the release before summary.json had a
 * {@code format_version} (format 0: each claim only its kind's fields), with what that release's
 * {@code bench show} and {@code bench report} printed for it. Today's readers must read it and show
 * the same stories, rows, verdicts and numbers: every table row the old release printed, cell for cell.
 */
class Format0RunTest {
    private static final Path RUN = Path.of("src/test/resources/runs/format-0-all-stories");

    private static Summary summary() {
        return RunHistory.read(RUN).summary();
    }

    private static List<String> expected(String file) throws Exception {
        return Files.readAllLines(RUN.resolve("expected").resolve(file));
    }

    @Test
    void isReadAsFormatZeroWithEveryClaimGivenItsGenericFields() {
        Summary summary = summary();
        assertEquals(0, summary.formatVersion());
        assertEquals(List.of("fingerprint", "patterns", "algorithm", "boundary", "pitfall-json", "pitfall-batching",
                "pitfall-blocking", "strategy-service"), summary.stories().stream().map(StoryResult::story).toList());
        Set<String> kinds = summary.stories().stream().flatMap(story -> story.claims().stream()).map(ClaimResult::kind)
                .collect(Collectors.toSet());
        assertEquals(Set.of("speedup", "growth", "limit", "batching", "lag"), kinds);
        for (StoryResult story : summary.stories()) {
            for (ClaimResult claim : story.claims()) {
                assertNotNull(claim.verdict(), story.story() + ": " + claim.title());
                assertFalse(claim.impls().isEmpty(), claim.title() + " names what it is about");
                assertFalse(claim.tables().isEmpty(), claim.title() + " has its kind's tables");
                assertNotNull(claim.data(), claim.title() + " keeps its own fields");
                assertTrue(story.implementations().stream().map(Summary.ImplementationResult::impl).toList()
                        .containsAll(claim.impls()), claim.impls().toString());
            }
        }
    }

    @Test
    void showPrintsEveryLineTheOldReleasePrintedButTheSettingSentence() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleTable.print(summary(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Set<String> printed = bytes.toString(StandardCharsets.UTF_8).lines().map(String::stripTrailing).collect(Collectors.toSet());
        List<String> missing = expected("show.txt").stream().map(String::stripTrailing).filter(line -> !line.isBlank())
                .filter(line -> !printed.contains(line))
                .toList();
        // Format 0 did not record which claims were checked in the guide's own setting; the sentence
        // that said so is the one thing the old release printed that cannot be printed again.
        assertEquals(2, missing.size(), String.join("\n", missing));
        missing.forEach(line -> assertTrue(line.strip().startsWith("The guide's times were taken in its own setting"), line));
    }

    @Test
    void reportMdHasEveryTableRowTheOldReleaseWrote() throws Exception {
        Set<String> written = MarkdownReport.render(summary()).lines().collect(Collectors.toSet());
        List<String> rows = expected("report.md").stream().filter(line -> line.startsWith("|") && !line.startsWith("| ---")).toList();
        assertTrue(rows.size() > 150, "the old report's results, claims, comparisons, scaling and verdict rows: " + rows.size());
        assertEquals(List.of(), rows.stream().filter(row -> !written.contains(row)).toList());
    }

    @Test
    void reportHtmlHasEveryTableRowTheOldReleaseWrote() throws Exception {
        Set<String> written = htmlRows(HtmlReport.render(summary(), ""));
        List<String> rows = expected("report-html-rows.txt");
        assertTrue(rows.size() > 150, rows.size() + " rows");
        assertEquals(List.of(), rows.stream().filter(row -> !written.contains(row)).toList());
    }

    private static Set<String> htmlRows(String html) {
        Matcher row = Pattern.compile("<tr>.*?</tr>", Pattern.DOTALL).matcher(html);
        Set<String> rows = new java.util.HashSet<>();
        while (row.find()) {
            rows.add(row.group().replace("\n", ""));
        }
        return rows;
    }
}
