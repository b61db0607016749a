package oxbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import oxbench.story.Stories;
import oxbench.story.Story;
import org.junit.jupiter.api.Test;

/**
 * The layering of the harness, checked on its classes (ArchUnit) and, for what bytecode does not
 * show (a story named by a string, a claim kind's name), on the sources of the generic packages.
 *
 * <p>From bottom to top: {@code env} (the checkout, the build, the scratch directory) and
 * {@code summary} (summary.json's records, data only); {@code steady} (the steady-state statistics:
 * changepoints, classes, stopping rules; pure computation on numbers); {@code story}, the plugin API; the
 * machinery, each package above the ones before it: {@code results}, {@code progress},
 * {@code polyglot}, {@code rust}, {@code corpus}, {@code check}, {@code jmh}, {@code external},
 * {@code claims} (the claim kinds several stories make);
 * then {@code run}, {@code report}, {@code compare}, {@code proposal}, {@code history}, which may
 * use one another but not in a circle; then {@code cli} and the root package
 * ({@code Main}, the registration of the stories). The story plugins {@code oxbench.stories.*}
 * sit on the machinery and are used by nothing but their registration.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("oxbench");

    /** The packages that must work for any story: everything but the stories and their registration. */
    private static final String[] GENERIC = {
        "oxbench.env..", "oxbench.summary..", "oxbench.steady..", "oxbench.story..",
        "oxbench.results..", "oxbench.progress..", "oxbench.polyglot..", "oxbench.rust..", "oxbench.corpus..",
        "oxbench.check..", "oxbench.jmh..", "oxbench.external..", "oxbench.claims..",
        "oxbench.run..", "oxbench.report..", "oxbench.compare..", "oxbench.proposal..", "oxbench.history..",
        "oxbench.cli.."
    };

    /** The ids of the registered stories (fingerprint, patterns, ..., pitfall-json, strategy-service). */
    private static final Set<String> STORY_IDS = Stories.all().stream().map(Story::id).collect(Collectors.toSet());

    /** The claim kinds that only one registered story makes; they belong in that story's package. */
    private static final Set<String> ONE_STORY_CLAIM_KINDS = Stories.all().stream()
            .flatMap(story -> story.claims().stream().map(claim -> claim.kind().name()).distinct())
            .collect(Collectors.groupingBy(kind -> kind, Collectors.counting()))
            .entrySet().stream().filter(kind -> kind.getValue() == 1).map(Map.Entry::getKey).collect(Collectors.toSet());

    /**
     * The implementation ids of the registered stories: testing how one ends ({@code endsWith("@cpython")})
     * is how plans were chosen before implementations declared them. (A shared base class may still give
     * its implementations their conventional id, as {@code JavaCallsWasm} does with {@code rust@graalwasm}.)
     */
    private static final Set<String> IMPLEMENTATION_IDS = Stories.all().stream()
            .flatMap(story -> story.implementations().stream().map(impl -> impl.id())).collect(Collectors.toSet());

    @Test
    void theKindsOfOneStoryComeFromTheRegistry() {
        assertTrue(ONE_STORY_CLAIM_KINDS.containsAll(Set.of("growth", "limit", "batching", "lag")), ONE_STORY_CLAIM_KINDS.toString());
        assertTrue(!ONE_STORY_CLAIM_KINDS.contains("speedup"), "speedup is made by several stories: its place is generic");
    }

    @Test
    void everyLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("env").definedBy("oxbench.env..")
                .layer("summary").definedBy("oxbench.summary..")
                .layer("steady").definedBy("oxbench.steady..")
                .layer("story").definedBy("oxbench.story..")
                .layer("results").definedBy("oxbench.results..")
                .layer("progress").definedBy("oxbench.progress..")
                .layer("polyglot").definedBy("oxbench.polyglot..")
                .layer("rust").definedBy("oxbench.rust..")
                .layer("corpus").definedBy("oxbench.corpus..")
                .layer("check").definedBy("oxbench.check..")
                .layer("jmh").definedBy("oxbench.jmh..")
                .layer("external").definedBy("oxbench.external..")
                .layer("claims").definedBy("oxbench.claims..")
                .layer("application").definedBy("oxbench.run..", "oxbench.report..", "oxbench.compare..",
                        "oxbench.proposal..", "oxbench.history..")
                .layer("cli").definedBy("oxbench.cli..")
                .layer("root").definedBy("oxbench")
                .layer("stories").definedBy("oxbench.stories..")
                .whereLayer("env").mayNotAccessAnyLayer()
                .whereLayer("summary").mayNotAccessAnyLayer()
                .whereLayer("steady").mayNotAccessAnyLayer()
                .whereLayer("story").mayOnlyAccessLayers("summary")
                .whereLayer("results").mayOnlyAccessLayers(below("results"))
                .whereLayer("progress").mayOnlyAccessLayers(below("progress"))
                .whereLayer("polyglot").mayOnlyAccessLayers(below("polyglot"))
                .whereLayer("rust").mayOnlyAccessLayers(below("rust"))
                .whereLayer("corpus").mayOnlyAccessLayers(below("corpus"))
                .whereLayer("check").mayOnlyAccessLayers(below("check"))
                .whereLayer("jmh").mayOnlyAccessLayers(below("jmh"))
                .whereLayer("external").mayOnlyAccessLayers(below("external"))
                .whereLayer("claims").mayOnlyAccessLayers(below("claims"))
                .whereLayer("application").mayOnlyAccessLayers(below("application"))
                .whereLayer("cli").mayOnlyAccessLayers(concat(below("application"), "application", "root"))
                .whereLayer("stories").mayOnlyAccessLayers(below("application"))
                .whereLayer("stories").mayOnlyBeAccessedByLayers("root")
                .check(CLASSES);
    }

    /** The layers below {@code layer}, in the order of the class comment. */
    private static String[] below(String layer) {
        List<String> order = List.of("env", "summary", "steady", "story", "results", "progress", "polyglot", "rust", "corpus",
                "check", "jmh", "external", "claims", "application");
        return order.subList(0, order.indexOf(layer)).toArray(String[]::new);
    }

    private static String[] concat(String[] layers, String... more) {
        String[] all = Arrays.copyOf(layers, layers.length + more.length);
        System.arraycopy(more, 0, all, layers.length, more.length);
        return all;
    }

    @Test
    void theGenericPackagesUseNoStory() {
        noClasses().that().resideInAnyPackage(GENERIC)
                .should().dependOnClassesThat().resideInAPackage("oxbench.stories..")
                .check(CLASSES);
    }

    @Test
    void noStoryUsesAnother() {
        slices().matching("oxbench.stories.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    /** Each package is a slice, each story's package one of its own, the root package one too. */
    @Test
    void noTwoPackagesUseEachOther() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String[] parts = javaClass.getPackageName().split("\\.");
                if (parts.length == 1) {
                    return SliceIdentifier.of("oxbench");
                }
                return SliceIdentifier.of(parts[1].equals("stories") && parts.length > 2 ? "stories." + parts[2] : parts[1]);
            }

            @Override
            public String getDescription() {
                return "the packages of oxbench";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * What the class files do not show: the generic packages' code (comments aside) names no story
     * and no claim kind of one story, neither in a string (a story id, such as {@code "fingerprint"}
     * or {@code "pitfall-json"}, a claim kind such as {@code "growth"}) nor in the name of a type or
     * constant (such as {@code GrowthVerdicts}, {@code PATTERNS_HEADER}). Words that merely occur in
     * a sentence ("a better algorithm") and the names of variables and methods ({@code limit}) are
     * not counted: they are ordinary English and Java. The Python prototype {@code fingerprint.py},
     * which parses Python for every corpus, is loaded by its module name: that is a file, not a story.
     */
    @Test
    void theGenericSourcesNameNoStoryAndNoClaimKindOfOneStory() throws IOException {
        Map<String, List<Integer>> violations = new LinkedHashMap<>();
        Path sources = Path.of("src/main/java");
        for (String pattern : GENERIC) {
            Path dir = sources.resolve(pattern.replace("..", "").replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    for (Token token : JavaTokens.of(Files.readString(file))) {
                        String why = namesAStory(token);
                        if (why != null) {
                            violations.computeIfAbsent(sources.relativize(file) + ": " + why, key -> new ArrayList<>())
                                    .add(token.line());
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), () -> "the generic packages name a story or a claim kind of one story ("
                + violations.size() + " names):\n" + violations.entrySet().stream()
                        .map(entry -> entry.getKey() + " (line " + entry.getValue().stream().distinct().map(String::valueOf)
                                .collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining("\n")));
    }

    /** The scan itself: what it counts and what it passes over. */
    @Test
    void theScanSeesStoriesInStringsAndTypeNamesButNotInCommentsOrSentences() {
        String source = """
                // "fingerprint" in a comment, GrowthVerdicts too
                /* a block comment: "pitfall-json", LagClaim */
                class X {
                    static final String ID = "fingerprint";
                    String kind = "growth";
                    String run = "bench run pitfall-json --quick";
                    String sentence = "a better algorithm exists";
                    String option = "--patterns";
                    boolean external = impl.endsWith("@cpython") || impl.equals("rust@ffm");
                    GrowthVerdicts verdicts;
                    static final String PATTERNS_HEADER = "";
                    long limit = stream.limit(3);
                    Value parser = Guests.loadPythonModule(context, "fingerprint");
                    char quote = '"';
                    String text = \"""
                        the story boundary
                        \""";
                    MessageDigest digest; NoSuchAlgorithmException e;
                }
                """;
        List<String> found = JavaTokens.of(source).stream()
                .map(token -> {
                    String why = namesAStory(token);
                    return why == null ? null : token.line() + ": " + why;
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        assertEquals(List.of(
                "4: the story id \"fingerprint\"",
                "5: the claim kind \"growth\"",
                "6: the story id pitfall-json in \"bench run pitfall-json --quick\"",
                "8: the story's option \"--patterns\"",
                "9: the end of an implementation id \"@cpython\"",
                "10: the claim kind growth in the name GrowthVerdicts",
                "11: the story patterns in the name PATTERNS_HEADER"), found);
    }

    /** Why {@code token} names a story or a claim kind of one story, or null. */
    static String namesAStory(Token token) {
        if (token.literal()) {
            String text = token.text().strip().toLowerCase(Locale.ROOT);
            if (STORY_IDS.contains(text) && !token.moduleName()) {
                return "the story id \"" + token.text() + "\"";
            }
            if (text.startsWith("--") && STORY_IDS.contains(text.substring(2))) {
                return "the story's option \"" + token.text() + "\"";
            }
            if (ONE_STORY_CLAIM_KINDS.contains(text)) {
                return "the claim kind \"" + token.text() + "\"";
            }
            for (String id : STORY_IDS) {
                if (id.contains("-") && text.contains(id)) {
                    return "the story id " + id + " in \"" + token.text() + "\"";
                }
            }
            if (text.startsWith("@") && IMPLEMENTATION_IDS.stream().anyMatch(id -> id.toLowerCase(Locale.ROOT).endsWith(text))) {
                return "the end of an implementation id \"" + token.text() + "\"";
            }
            return text.contains("oxbench.stories") ? "a story package in \"" + token.text() + "\"" : null;
        }
        if (!Character.isUpperCase(token.text().charAt(0)) || token.text().equals("NoSuchAlgorithmException")) {
            return null;
        }
        List<String> words = words(token.text());
        String joined = String.join("", words);
        for (String id : STORY_IDS) {
            if (id.contains("-") ? joined.contains(id.replace("-", "")) : words.contains(id)) {
                return "the story " + id + " in the name " + token.text();
            }
        }
        for (String kind : ONE_STORY_CLAIM_KINDS) {
            if (words.contains(kind)) {
                return "the claim kind " + kind + " in the name " + token.text();
            }
        }
        return null;
    }

    /** The lower-case words of a Java name: {@code GrowthClaimResult} and {@code GROWTH_HEADER} give growth, ... */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+").matcher(name);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * A string literal (its text as written, escapes kept) or a name in Java code.
     *
     * @param moduleName a literal passed as the last argument of {@code loadPythonModule(...)}
     */
    record Token(String text, boolean literal, boolean moduleName, int line) {}

    /** Java source as its string literals and names, comments and character literals left out. */
    static final class JavaTokens {
        private static final Pattern LOADS_A_MODULE = Pattern.compile("loadPythonModule\\([^()]*,\\s*$");

        private JavaTokens() {}

        static List<Token> of(String source) {
            List<Token> tokens = new ArrayList<>();
            int line = 1;
            int lineStart = 0;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '\n') {
                    line++;
                    lineStart = ++i;
                } else if (source.startsWith("//", i)) {
                    i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    end = end < 0 ? source.length() : end + 2;
                    line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                    lineStart = source.lastIndexOf('\n', end - 1) + 1;
                    i = end;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? source.length() : end;
                    tokens.add(new Token(source.substring(i + 3, end), true, false, line));
                    line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                    lineStart = source.lastIndexOf('\n', end) + 1;
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                        end += source.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (c == '"') {
                        boolean module = LOADS_A_MODULE.matcher(source.substring(lineStart, i)).find();
                        tokens.add(new Token(source.substring(i + 1, Math.min(end, source.length())), true, module, line));
                    }
                    i = end + 1;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int end = i + 1;
                    while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
                        end++;
                    }
                    tokens.add(new Token(source.substring(i, end), false, false, line));
                    i = end;
                } else {
                    i++;
                }
            }
            return tokens;
        }
    }
}
