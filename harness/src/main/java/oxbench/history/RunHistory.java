package oxbench.history;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import oxbench.story.Stories;
import oxbench.claims.ClaimResults;
import oxbench.story.Claim;
import oxbench.story.ClaimOutcome;
import oxbench.story.Evidence;
import oxbench.story.StoryEvidence;
import oxbench.results.AtomicFiles;
import oxbench.results.Json;
import oxbench.summary.Summary;
import oxbench.summary.Summary.StoryResult;

/**
 * The runs kept under {@code results/}: one directory per run with its {@code summary.json}, and
 * {@code results/index.json} listing them (id, date, git commit, mode, host). Only {@code bench run}
 * writes here; reports, comparisons and dashboards only read.
 */
public final class RunHistory {
    public static final String INDEX = "index.json";

    /**
     * What a run, story or implementation id read from a file may be: it becomes a file or directory
     * name (a run's pages, a chart's file) and appears in pages, so one path segment of plain characters.
     */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}");

    /** Reads summaries strictly: a number that is not finite (NaN, "Infinity", 1e999) makes the file unreadable. */
    private static final ObjectMapper SUMMARY_READER = Json.MAPPER.copy()
            .registerModule(new SimpleModule("finite-numbers")
                    .addDeserializer(Double.class, new FiniteDouble(Double.class))
                    .addDeserializer(double.class, new FiniteDouble(double.class)));

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
        List<Run> runs = new ArrayList<>();
        for (Path dir : runDirectories()) {
            try {
                runs.add(read(dir));
            } catch (IllegalArgumentException e) {
                unreadable.add(e.getMessage());
            }
        }
        runs.sort(Comparator.comparing((Run run) -> run.summary().run().started()).thenComparing(Run::id));
        return runs;
    }

    /** Every directory under {@code results/} that holds a summary.json, readable or not, by name. */
    public List<Path> runDirectories() throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve(Summary.FILE_NAME))).sorted().toList();
        }
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

    /**
     * Reads and checks a run directory's summary.
     *
     * @throws IllegalArgumentException (one line) when it holds no summary or one that is not a valid run
     */
    public static Run read(Path dir) {
        Path file = dir.resolve(Summary.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not an oxbench run (no " + Summary.FILE_NAME + ")");
        }
        Summary summary;
        try {
            summary = SUMMARY_READER.readValue(file.toFile(), Summary.class);
            summary = inThisFormat(summary, file);
        } catch (NotFinite e) {
            throw new IllegalArgumentException(file + " is not a valid oxbench summary: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not a valid oxbench summary (truncated or edited?): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a valid oxbench summary: " + e.getMessage());
        }
        String problem = problem(summary);
        if (problem != null) {
            throw new IllegalArgumentException(file + " is not a valid oxbench summary: " + problem);
        }
        return new Run(dir, summary);
    }

    /**
     * The summary in the format this release writes (the file already read strictly once): format 0 (no {@code format_version}) had each
     * claim's own fields only, which its kind reads back and presents (its tables, its implementations);
     * a format newer than this release's is refused.
     */
    private static Summary inThisFormat(Summary summary, Path file) throws IOException {
        Integer version = summary.formatVersion();
        if (version != null) {
            if (version < 1 || version > Summary.FORMAT_VERSION) {
                throw new IllegalArgumentException("its format_version " + version + " is not one this oxbench reads (1 to "
                        + Summary.FORMAT_VERSION + ", or none for format 0; a newer oxbench wrote it?)");
            }
            return summary;
        }
        JsonNode root = SUMMARY_READER.readTree(file.toFile());
        Map<String, Class<? extends ClaimOutcome>> kinds = ClaimResults.kinds(Stories.all());
        for (int s = 0; s < summary.stories().size(); s++) {
            StoryResult story = summary.stories().get(s);
            if (story == null || story.story() == null || story.implementations() == null) {
                continue; // refused below, with what it lacks
            }
            if (root.path("stories").get(s) instanceof ObjectNode node && node.get("claims") instanceof ArrayNode claims) {
                Evidence evidence = new StoryEvidence(story.unit(), 1,
                        story.implementations().stream().filter(java.util.Objects::nonNull).toList(), story.scaling(),
                        declaredClaims(story));
                for (int i = 0; i < claims.size(); i++) {
                    if (claims.get(i) instanceof ObjectNode claim) {
                        claims.set(i, Json.MAPPER.valueToTree(ClaimResults.upgrade(claim, kinds, SUMMARY_READER, evidence)));
                    }
                }
            }
        }
        ((ObjectNode) root).put("format_version", 0);
        return SUMMARY_READER.treeToValue(root, Summary.class);
    }

    /**
     * The claims the registered story of that id makes about implementations the run has rows for: what
     * the release that wrote a format 0 run checked, as far as this one knows (none for an unknown story).
     */
    private static List<Claim<?>> declaredClaims(StoryResult story) {
        List<String> rows = story.implementations().stream().filter(java.util.Objects::nonNull)
                .map(Summary.ImplementationResult::impl).toList();
        return Stories.all().stream().filter(known -> known.id().equals(story.story()))
                .flatMap(known -> known.claims().stream())
                .filter(claim -> rows.containsAll(claim.impls()))
                .toList();
    }

    /** What makes a parsed summary unusable, or null. */
    private static String problem(Summary summary) {
        if (summary == null || summary.run() == null) {
            return "no \"run\"";
        }
        if (summary.run().id() == null || summary.run().started() == null) {
            return "\"run\" has no id or start time";
        }
        String unsafe = unsafeId("run id", summary.run().id());
        if (unsafe != null) {
            return unsafe;
        }
        try {
            Instant.parse(summary.run().started());
        } catch (DateTimeParseException e) {
            return "\"run\" start time " + quoted(summary.run().started()) + " is not an ISO-8601 instant";
        }
        if (summary.stories() == null) {
            return "no \"stories\"";
        }
        for (StoryResult story : summary.stories()) {
            if (story == null || story.story() == null || story.unit() == null || story.implementations() == null
                    || story.claims() == null) {
                return "a story lacks its id, unit, implementations or claims";
            }
            unsafe = unsafeId("story id", story.story());
            if (unsafe != null) {
                return unsafe;
            }
            for (oxbench.summary.ClaimResult claim : story.claims()) {
                if (claim == null || claim.kind() == null || claim.verdict() == null) {
                    return "a claim of " + story.story() + " lacks its kind or verdict";
                }
                if (claim.impls().stream().anyMatch(java.util.Objects::isNull)
                        || claim.warnings().stream().anyMatch(java.util.Objects::isNull)
                        || claim.tables().stream().anyMatch(java.util.Objects::isNull)
                        || claim.marks().stream().anyMatch(mark -> mark == null || mark.label() == null)
                        || claim.complexities().stream().anyMatch(c -> c == null || c.impl() == null || c.order() == null)) {
                    return "a " + claim.kind() + " claim of " + story.story() + " has an empty implementation, warning,"
                            + " table, mark or complexity";
                }
            }
            for (Summary.ImplementationResult impl : story.implementations()) {
                if (impl == null || impl.impl() == null || impl.status() == null) {
                    return "an implementation of " + story.story() + " lacks its id or status";
                }
                unsafe = unsafeId("implementation id", impl.impl());
                if (unsafe != null) {
                    return unsafe;
                }
                if (impl.score() != null && impl.score() <= 0) {
                    return impl.impl() + " of " + story.story() + " has an impossible score " + impl.score();
                }
            }
            if (story.scaling() != null && story.scaling().points() != null) {
                for (Summary.ScalingPoint point : story.scaling().points()) {
                    unsafe = point == null ? "a scaling point of " + story.story() + " is null"
                            : unsafeId("implementation id", point.impl());
                    if (unsafe != null) {
                        return unsafe;
                    }
                }
            }
        }
        return null;
    }

    /** Why {@code id} (a {@code what}) cannot be used as a file name and in pages, or null if it can. */
    public static String unsafeId(String what, String id) {
        if (id != null && SAFE_ID.matcher(id).matches()) {
            return null;
        }
        return what + " " + quoted(id) + " is not a safe name (at most 100 letters, digits and . _ @ + -, starting"
                + " with a letter or digit)";
    }

    /** {@code text} in quotes on one line: control characters escaped, long text cut. */
    private static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().limit(60).forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append(text.codePointCount(0, text.length()) > 60 ? "...\"" : "\"").toString();
    }

    /** A number in a summary that is not finite. */
    private static final class NotFinite extends MismatchedInputException {
        NotFinite(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Reads a JSON number as a double and refuses NaN, infinities and numbers written as text. */
    private static final class FiniteDouble extends StdScalarDeserializer<Double> {
        private final boolean primitive;

        FiniteDouble(Class<?> type) {
            super(type);
            this.primitive = type.isPrimitive();
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String where = parser.getParsingContext().pathAsPointer().toString();
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                double value = parser.getDoubleValue();
                if (Double.isFinite(value)) {
                    return value;
                }
            }
            if (token == JsonToken.VALUE_NULL && !primitive) {
                return null;
            }
            throw new NotFinite(parser, where + " is " + quoted(parser.getText()) + ", not a finite number");
        }

        @Override
        public Double getNullValue(DeserializationContext context) throws NotFinite {
            if (primitive) {
                JsonParser parser = context.getParser();
                throw new NotFinite(parser, parser.getParsingContext().pathAsPointer() + " is null, not a finite number");
            }
            return null;
        }
    }
}
