package oxbench.patterns;

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
import oxbench.corpus.SourceFile;
import oxbench.polyglot.Guests;
import oxbench.results.Json;
import oxbench.story.Warnings;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Every function and class of a corpus as a pattern, in a fixed pseudo-random order, and the query.
 *
 * <p>The fingerprints are made by the Python prototype {@code fragments.py} in GraalPy. Over the
 * whole standard library (about 600 files) that takes about half a minute, so the result is cached
 * under {@code ~/.cache/oxbench/} (or {@code $XDG_CACHE_HOME/oxbench/}), keyed by a SHA-256 of
 * everything it depends on: the two prototype files, the GraalPy version and every file's name and
 * text ({@code -Doxbench.cache=DIR} puts it elsewhere). A changed or unreadable cache entry is simply
 * made again.
 *
 * <p>The order is {@link Collections#shuffle(List, java.util.random.RandomGenerator)} with
 * {@code new Random(}{@value #SEED}{@code )}, whose algorithm the JDK specifies, so every machine
 * gets the same patterns; the first N are a run's N patterns, so smaller sets are prefixes of larger
 * ones. The query is the pattern among the first {@value #QUERY_WINDOW} that the most of those
 * {@value #QUERY_WINDOW} match (ties: the earliest): in the standard library, one of the codec classes
 * generated into many {@code encodings/} modules, a real near-duplicate family.
 */
final class FragmentPool {
    static final long SEED = 20251124L;
    static final int QUERY_WINDOW = 1000;

    /** Bump when the cache's layout or the fragment rules change. */
    private static final String CACHE_VERSION = "fragments-1";

    /** What a corpus yields: its fragments in file order, and the files left out. */
    record Fragments(List<Pattern> fragments, List<String> skipped) {}

    private FragmentPool() {}

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
        List<Pattern> fragments = new ArrayList<>();
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
                fragments.add(new Pattern(fragment.getArrayElement(0).asString(), hexes));
            }
        }
        Fragments made = new Fragments(List.copyOf(fragments), List.copyOf(skipped));
        writeCache(cache, made, warnings);
        return made;
    }

    /** The fragments in the run order: a fixed shuffle. */
    static List<Pattern> ordered(List<Pattern> fragments) {
        List<Pattern> order = new ArrayList<>(fragments);
        Collections.shuffle(order, new Random(SEED));
        return List.copyOf(order);
    }

    /** The query: among the first {@value #QUERY_WINDOW} patterns, the one that most of them match. */
    static Pattern query(List<Pattern> ordered) {
        List<Pattern> window = ordered.subList(0, Math.min(QUERY_WINDOW, ordered.size()));
        List<long[]> sets = window.stream().map(Pattern::values).toList();
        int best = 0;
        int bestMatches = -1;
        for (int candidate = 0; candidate < sets.size(); candidate++) {
            int matches = 0;
            for (long[] pattern : sets) {
                if (jaccard(pattern, sets.get(candidate)) > PatternStory.THRESHOLD) {
                    matches++;
                }
            }
            if (matches > bestMatches) {
                best = candidate;
                bestMatches = matches;
            }
        }
        return window.get(best);
    }

    /** Jaccard similarity of two sorted sets, as the prototype defines it (only used to pick the query). */
    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            int order = Long.compareUnsigned(a[i], b[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
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
