package oxbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import oxbench.report.HostileFixtures;
import oxbench.results.Json;
import oxbench.results.SummaryJsonTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
    @TempDir
    Path results;

    private Path run(String id) throws Exception {
        Path dir = Files.createDirectories(results.resolve(id));
        String json = Json.MAPPER.writeValueAsString(SummaryJsonTest.sample()).replace("20261124-000000", id);
        Files.writeString(dir.resolve("summary.json"), json);
        return dir;
    }

    @Test
    void aRunOpensByIdOrByDirectory() throws Exception {
        Path dir = run("20261124-000000");
        RunHistory history = new RunHistory(results);
        assertEquals("20261124-000000", history.open("20261124-000000").id());
        assertEquals(dir, history.open(dir.toString()).dir());
    }

    @Test
    void unknownIdsNonRunsAndBrokenSummariesAreOneLineErrors() throws Exception {
        RunHistory history = new RunHistory(results);
        String unknown = assertThrows(IllegalArgumentException.class, () -> history.open("nope")).getMessage();
        assertTrue(unknown.startsWith("no run 'nope'"), unknown);

        Path empty = Files.createDirectories(results.resolve("empty"));
        String notARun = assertThrows(IllegalArgumentException.class, () -> history.open(empty.toString())).getMessage();
        assertTrue(notARun.endsWith("is not an oxbench run (no summary.json)"), notARun);

        Path truncated = run("20261124-000001");
        String whole = Files.readString(truncated.resolve("summary.json"));
        Files.writeString(truncated.resolve("summary.json"), whole.substring(0, whole.length() / 2));
        String cut = assertThrows(IllegalArgumentException.class, () -> history.open("20261124-000001")).getMessage();
        assertTrue(cut.contains("is not a valid oxbench summary (truncated or edited?)"), cut);

        Path edited = run("20261124-000002");
        Files.writeString(edited.resolve("summary.json"), whole.replaceFirst("\"score\"\\s*:\\s*50.0", "\"score\": -50.0"));
        String impossible = assertThrows(IllegalArgumentException.class, () -> history.open("20261124-000002")).getMessage();
        assertTrue(impossible.contains("has an impossible score -50.0"), impossible);

        Files.writeString(edited.resolve("summary.json"), "{\"stories\": []}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> history.open("20261124-000002")).getMessage()
                .endsWith("is not a valid oxbench summary: no \"run\""));
        for (String message : List.of(unknown, notARun, cut, impossible)) {
            assertEquals(1, message.lines().count(), message);
        }
    }

    @Test
    void theIndexListsEveryValidRunOldestFirst() throws Exception {
        run("20261124-000003");
        run("20261124-000000");
        Files.createDirectories(results.resolve("not-a-run"));
        new RunHistory(results).writeIndex();
        JsonNode index = Json.MAPPER.readTree(results.resolve(RunHistory.INDEX).toFile());
        assertEquals(2, index.size());
        assertEquals("20261124-000000", index.get(0).get("id").asText());
        for (String field : List.of("id", "started", "git", "mode", "host", "complete", "stories")) {
            assertTrue(index.get(0).has(field), field);
        }
    }

    @Test
    void aFormatOneSummaryWithABrokenClaimOrAnUnknownFormatIsAOneLineError() throws Exception {
        Path dir = run("20261124-000004");
        String whole = Files.readString(dir.resolve("summary.json"));
        assertTrue(whole.contains("\"format_version\" : 1"), "written in format 1");
        assertEquals(1, new RunHistory(results).open(dir.toString()).summary().formatVersion());
        List<String> crafted = List.of(
                whole.replaceFirst("\"impl\" : \"rust@ffm\",\\s*\"order\"", "\"order\""),   // a complexity without its impl
                whole.replaceFirst("\"label\" : \"[^\"]*\"", "\"label\" : null"),             // a chart mark without its label
                whole.replaceFirst("\"verdict\" : \"reproduced\"", "\"verdict\" : \"probably\""),
                whole.replaceFirst("\"format_version\" : 1", "\"format_version\" : 2"),
                whole.replaceFirst("\"format_version\" : 1", "\"format_version\" : 0"));
        List<String> expected = List.of("has an empty implementation, warning, table, mark or complexity",
                "has an empty implementation, warning, table, mark or complexity", "unknown verdict 'probably'",
                "its format_version 2 is not one this oxbench reads", "its format_version 0 is not one this oxbench reads");
        for (int i = 0; i < crafted.size(); i++) {
            assertTrue(!crafted.get(i).equals(whole), "case " + i + " edits the summary");
            Files.writeString(dir.resolve("summary.json"), crafted.get(i));
            String message = assertThrows(IllegalArgumentException.class, () -> new RunHistory(results).open(dir.toString()))
                    .getMessage();
            assertTrue(message.contains(expected.get(i)), message);
            assertEquals(1, message.lines().count(), message);
        }
    }

    /** The one-line error of opening crafted fixture {@code name}. */
    private String refusal(String name) {
        Path dir = HostileFixtures.copy(name, results, name);
        String message = assertThrows(IllegalArgumentException.class, () -> new RunHistory(results).open(dir.toString()))
                .getMessage();
        assertEquals(1, message.lines().count(), message);
        return message;
    }

    @Test
    void idsThatCouldLeaveTheirDirectoryOrCarryMarkupMakeASummaryUnreadable() throws Exception {
        assertTrue(refusal(HostileFixtures.RUN_ID_TRAVERSAL).endsWith("run id \"../../..\" is not a safe name (at most 100"
                + " letters, digits and . _ @ + -, starting with a letter or digit)"));
        assertTrue(refusal(HostileFixtures.STORY_ID_TRAVERSAL).contains("story id \"../../escaped\" is not a safe name"));
        String markup = refusal(HostileFixtures.STORY_ID_MARKUP);
        assertTrue(markup.contains("story id \"x\"><script>document.title='INJECTED'</script>\\u000ax\" is not a safe name"),
                markup);
        assertTrue(refusal(HostileFixtures.IMPL_ID_NEWLINE).contains("implementation id \"rust@ffm\\u000a/../x\" is not a safe name"));

        List<String> unreadable = new ArrayList<>();
        run("20261124-000000");
        assertEquals(List.of("20261124-000000"), new RunHistory(results).scan(unreadable).stream().map(RunHistory.Run::id).toList());
        assertEquals(4, unreadable.size(), unreadable.toString());
    }

    @Test
    void numbersThatAreNotFiniteMakeASummaryUnreadable() {
        assertTrue(refusal(HostileFixtures.SCORE_INFINITY).endsWith(
                "is not a valid oxbench summary: /stories/0/implementations/0/score is \"Infinity\", not a finite number"));
        assertTrue(refusal(HostileFixtures.SCORE_OVERFLOW).endsWith(
                "/stories/0/implementations/0/score is \"1e999\", not a finite number"));
        assertTrue(refusal(HostileFixtures.CI_NAN).endsWith(
                "/stories/0/implementations/0/ci_high is \"NaN\", not a finite number"));
    }

    @Test
    void nullTextIsReadable() {
        Path dir = HostileFixtures.copy(HostileFixtures.NULL_FINDING, results, "null-finding");
        assertEquals("20261124-000000", new RunHistory(results).open(dir.toString()).id());
    }

    @Test
    void runsWritingTheIndexAtTheSameMomentAllSucceed() throws Exception {
        run("20261124-000000");
        run("20261124-000100");
        RunHistory history = new RunHistory(results);
        int writers = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 50; round++) {
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(writers);
                List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    done.add(pool.submit(() -> {
                        start.await();
                        history.writeIndex();
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<Object> write : done) {
                    write.get();    // rethrows a failed write
                }
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode index = Json.MAPPER.readTree(results.resolve(RunHistory.INDEX).toFile());
        assertEquals(2, index.size());
        try (java.util.stream.Stream<Path> files = Files.list(results)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
