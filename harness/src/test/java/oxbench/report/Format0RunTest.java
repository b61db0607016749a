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
    void showPrintsEveryLineTheOldReleasePrinted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleTable.print(summary(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Set<String> printed = bytes.toString(StandardCharsets.UTF_8).lines().map(String::stripTrailing).collect(Collectors.toSet());
        List<String> missing = expected("show.txt").stream().map(String::stripTrailing).filter(line -> !line.isBlank())
                .filter(line -> !printed.contains(line))
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void reportMdHasEveryTableRowQuoteAndFindingTheOldReleaseWrote() throws Exception {
        Set<String> written = MarkdownReport.render(summary()).lines().collect(Collectors.toSet());
        List<String> rows = expected("report.md").stream().filter(line -> line.startsWith("|") && !line.startsWith("| ---")).toList();
        assertTrue(rows.size() > 150, "the old report's results, claims, comparisons, scaling and verdict rows: " + rows.size());
        assertEquals(List.of(), rows.stream().filter(row -> !written.contains(row)).toList());
        List<String> sentences = expected("report.md").stream()
                .filter(line -> line.startsWith("> ") || line.startsWith("At ") || line.startsWith("The guide's times")
                        || line.startsWith("- **"))
                .toList();
        assertTrue(sentences.size() > 20, sentences.size() + " quotes, findings and problems");
        assertEquals(List.of(), sentences.stream().filter(line -> !written.contains(line)).toList());
    }

    /** Every field a format 0 claim had is still where it was, with the same value, in the claim as written today. */
    @Test
    void everyClaimKeepsItsFormatZeroFieldsAtTheTopLevel() throws Exception {
        com.fasterxml.jackson.databind.JsonNode old = oxbench.results.Json.MAPPER.readTree(RUN.resolve("summary.json").toFile());
        com.fasterxml.jackson.databind.JsonNode now = oxbench.results.Json.MAPPER.valueToTree(summary());
        int fields = 0;
        for (int s = 0; s < old.get("stories").size(); s++) {
            for (int c = 0; c < old.get("stories").get(s).get("claims").size(); c++) {
                com.fasterxml.jackson.databind.JsonNode before = old.get("stories").get(s).get("claims").get(c);
                com.fasterxml.jackson.databind.JsonNode after = now.get("stories").get(s).get("claims").get(c);
                for (var field : before.properties()) {
                    assertEquals(field.getValue().toString(), String.valueOf(after.get(field.getKey())),
                            field.getKey() + " of " + after.get("title"));
                    assertTrue(field.getKey().equals("kind") || after.get("data").has(field.getKey()), "data." + field.getKey());
                    fields++;
                }
            }
        }
        assertTrue(fields > 200, fields + " fields");
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
