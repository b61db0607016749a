package oxbench.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.IntFunction;
import oxbench.env.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.results.Json;
import oxbench.story.Warnings;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Every function and class of a corpus as a {@link Fragment}, in a fixed pseudo-random order: the
 * material of the pattern-matcher and algorithm-first stories.
 *
 * <p>The default corpus is GraalPy's whole standard library outside its tests, IDLE and
 * site-packages (the modules the fingerprint story samples from); {@code --corpus} replaces it.
 * The fragments are made by the Python prototype {@code fragments.py} in GraalPy. Over the whole
 * standard library (about 600 files) that takes about half a minute, so the result is cached under
 * {@code ~/.cache/oxbench/} (or {@code $XDG_CACHE_HOME/oxbench/}), keyed by a SHA-256 of everything it
 * depends on: the two prototype files, the GraalPy version and every file's name and text
 * ({@code -Doxbench.cache=DIR} puts it elsewhere). A changed or unreadable cache entry is simply made
 * again.
 *
 * <p>The order is {@link Collections#shuffle(List, java.util.random.RandomGenerator)} with
 * {@code new Random(}{@value #SEED}{@code )}, whose algorithm the JDK specifies, so every machine
 * gets the same fragments in the same order; a story taking N fragments takes the first N, so
 * smaller sets are prefixes of larger ones.
 */
public final class FragmentPool {
    static final long SEED = 20251124L;

    /** Bump when the cache's layout or the fragment rules change. */
    private static final String CACHE_VERSION = "fragments-1";

    /**
     * A corpus's fragments.
     *
     * @param corpus  where they came from, for the summary
     * @param ordered every fragment, in the fixed order
     * @param skipped one line per corpus file left out, with the reason
     */
    public record Pool(String corpus, List<Fragment> ordered, List<String> skipped) {
        public Pool {
            ordered = List.copyOf(ordered);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * A story's share of a corpus: the pool, how many of its first fragments the story takes, and the
     * lines the story reports as skipped (the pool's, and a shortfall of the corpus).
     */
    public record Selection(Pool pool, int count, List<String> skipped) {}

    /**
     * Loads the corpus (as {@link #load}) and decides how many fragments a story takes: {@code asked}
     * (the user's {@code option}), else {@code standard}, or everything the corpus has when that is
     * fewer, with a warning "corpus ... has only N functions and classes: " + {@code shortfall(N)}.
     *
     * @throws IllegalArgumentException when {@code asked} is below 1 or more than the corpus has
     */
    public static Selection select(Path corpusDir, long maxFileBytes, String option, Integer asked, int standard,
            IntFunction<String> shortfall, Warnings warnings) {
        if (asked != null && asked < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + asked);
        }
        Pool pool = load(corpusDir, maxFileBytes, warnings);
        int available = pool.ordered().size();
        if (asked != null && asked > available) {
            throw new IllegalArgumentException(option + " " + asked + " is more than the " + available
                    + " functions and classes of corpus " + pool.corpus());
        }
        List<String> skipped = new ArrayList<>(pool.skipped());
        if (asked == null && available < standard) {
            String line = "corpus " + pool.corpus() + " has only " + available + " functions and classes: "
                    + shortfall.apply(available);
            skipped.add(line);
            warnings.warn(line);
        }
        return new Selection(pool, asked != null ? asked : Math.min(standard, available), skipped);
    }

    /** What a corpus yields: its fragments in file order, and the files left out (the cache's content). */
    record Fragments(List<Fragment> fragments, List<String> skipped) {}

    private FragmentPool() {}

    /**
     * The fragments of {@code corpusDir} (every {@code *.py} under it), or of the default corpus when
     * null; files that cannot be read or parsed, or are over {@code maxFileBytes}, are skipped with a warning.
     *
     * @throws IllegalArgumentException when the corpus has no function or class
     */
    public static Pool load(Path corpusDir, long maxFileBytes, Warnings warnings) {
        String graalPy = "GraalPy " + BuildInfo.graalvm();
        List<String> skipped = new ArrayList<>();
        Warnings recorded = line -> {
            skipped.add(line);
            warnings.warn(line);
        };
        try (Context context = Guests.shared().newContext("python")) {
            Guests.loadPythonModule(context, "fingerprint");
            Value fragmentsOf = Guests.loadPythonModule(context, "fragments").getMember("fragments");
            String corpus;
            List<SourceFile> sources;
            if (corpusDir == null) {
                Path stdlib = Path.of(context.eval("python", "import os; os.path.dirname(os.__file__)").asString());
                corpus = graalPy + " standard library (every module outside "
                        + String.join(", ", new TreeSet<>(Corpus.STANDARD_LIBRARY_NON_LIBRARY)) + ")";
                sources = Corpus.readStandardLibrary(stdlib, maxFileBytes, recorded);
            } else {
                corpus = corpusDir.toAbsolutePath().normalize().toString();
                sources = Corpus.readDirectory(corpusDir, maxFileBytes, recorded);
            }
            Fragments found = fragments(fragmentsOf, graalPy, sources, recorded);
            if (found.fragments().isEmpty()) {
                throw new IllegalArgumentException("corpus " + corpus + " has no function or class");
            }
            return new Pool(corpus, ordered(found.fragments()), skipped);
        }
    }

    /**
     * The fragments of {@code sources}, from the cache or made in GraalPy.
     *
     * @param fragmentsOf the prototype's {@code fragments(source, filename)} in GraalPy
     */
    static Fragments fragments(Value fragmentsOf, String graalPy, List<SourceFile> sources, Warnings warnings) {
        Path cache = cacheFile(graalPy, sources);
        Fragments cached = readCache(cache);
        if (cached != null) {
            cached.skipped().forEach(warnings::warn);
            return cached;
        }
        List<Fragment> fragments = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SourceFile source : sources) {
            Value found;
            try {
                found = fragmentsOf.execute(source.text(), source.name());
            } catch (PolyglotException e) {
                String line = Guests.doesNotParse(source.name(), e);
                skipped.add(line);
                warnings.warn(line);
                continue;
            }
            for (long i = 0; i < found.getArraySize(); i++) {
                Value fragment = found.getArrayElement(i);
                Value hashes = fragment.getArrayElement(1);
                List<String> hexes = new ArrayList<>(Math.toIntExact(hashes.getArraySize()));
                for (long j = 0; j < hashes.getArraySize(); j++) {
                    hexes.add(hashes.getArrayElement(j).asString());
                }
                fragments.add(new Fragment(fragment.getArrayElement(0).asString(), hexes));
            }
        }
        Fragments made = new Fragments(List.copyOf(fragments), List.copyOf(skipped));
        writeCache(cache, made, warnings);
        return made;
    }

    /** The fragments in the run order: a fixed shuffle. */
    public static List<Fragment> ordered(List<Fragment> fragments) {
        List<Fragment> order = new ArrayList<>(fragments);
        Collections.shuffle(order, new Random(SEED));
        return List.copyOf(order);
    }

    /** {@code -Doxbench.cache=DIR}, else {@code $XDG_CACHE_HOME/oxbench}, else {@code ~/.cache/oxbench}. */
    static Path cacheDirectory() {
        String property = System.getProperty("oxbench.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return base.resolve("oxbench");
    }

    private static Path cacheFile(String graalPy, List<SourceFile> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(CACHE_VERSION, graalPy, Guests.sample("python/fingerprint.py"),
                    Guests.sample("python/fragments.py"))) {
                update(sha, part);
            }
            for (SourceFile source : sources) {
                update(sha, source.name());
                update(sha, source.text());
            }
            return cacheDirectory().resolve("fragments-" + HexFormat.of().formatHex(sha.digest()) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each part with its length first, so that no two different inputs hash the same bytes. */
    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static Fragments readCache(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try {
            Fragments cached = Json.MAPPER.readValue(cache.toFile(), Fragments.class);
            return cached.fragments() == null || cached.skipped() == null ? null : cached;
        } catch (IOException e) {
            return null; // truncated or from another version: made again
        }
    }

    private static void writeCache(Path cache, Fragments fragments, Warnings warnings) {
        try {
            Files.createDirectories(cache.getParent());
            Path partial = Files.createTempFile(cache.getParent(), "fragments-", ".partial");
            try {
                Json.MAPPER.writeValue(partial.toFile(), fragments);
                try {
                    Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            warnings.warn("could not cache the fragments in " + cache.getParent() + " (" + e.getMessage()
                    + "); the next run makes them again");
        }
    }
}
