package oxbench.stories.folder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A folder story's {@code oxbench.toml}, read and checked: every key known, every required one there,
 * every value of the right type. Anything wrong is an {@link IllegalArgumentException} with one line
 * naming the file and the key (and, for a TOML syntax error, the line). The contract is
 * {@code docs/your-own-story.md}.
 *
 * @param folder    the story's folder (absolute, normalised)
 * @param id        the story's id, {@code [a-z0-9-]+}
 * @param title     what the report calls it (default: the id)
 * @param unit      what one call handles, for the tables (default: {@code input})
 * @param prototype the code the team has today
 * @param rust      the port
 * @param inputs    a glob, relative to the folder, of the input files (one file is one unit of work)
 * @param claims    the team's own claims (possibly none)
 * @param sha256    of the manifest's bytes as read
 */
public record Manifest(Path folder, String id, String title, String unit, PrototypeSpec prototype, RustSpec rust,
        String inputs, List<ClaimSpec> claims, String sha256) {
    /** The manifest's file name in a story's folder. */
    public static final String FILE_NAME = "oxbench.toml";

    static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern RUST_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final TomlMapper TOML = new TomlMapper();

    /** The languages a prototype may be written in. */
    public static final List<String> LANGUAGES = List.of("python", "javascript");

    /** {@code [prototype]}: the file and the function in it, called once per input with the input's bytes. */
    public record PrototypeSpec(String language, String file, String function) {}

    /** {@code [rust]}: the port's crate, relative to the folder, and the exported function. */
    public record RustSpec(String crate, String function) {}

    /**
     * One {@code [[claims]]} entry: {@code candidate} is {@code speedup} times as fast as {@code baseline}.
     *
     * @param baseline null for the story's baseline (the prototype in-process)
     * @param source   where the claim comes from (quoted in the report), or null
     */
    public record ClaimSpec(String candidate, String baseline, double speedup, String source) {}

    /** The folder's manifest, checked. */
    public static Manifest read(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        String label = label(dir);
        JsonNode root;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            root = TOML.readTree(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(label + ": no " + FILE_NAME + " (a story's folder holds its manifest,"
                    + " see docs/your-own-story.md; `bench new` writes one)");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(label + ": not valid TOML" + where(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new IllegalArgumentException(label + ": cannot be read (" + e.getMessage() + ")");
        }
        Table top = new Table(label, "", root);
        top.allow("id", "title", "unit", "prototype", "rust", "inputs", "claims");
        String id = top.string("id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(label + ": id: '" + id + "' is not a story id (lowercase letters, digits and"
                    + " dashes, starting and ending with a letter or digit, at most 64)");
        }
        String title = top.optionalString("title", id);
        String unit = top.optionalString("unit", "input");
        if (unit.isBlank() || !unit.equals(unit.strip()) || unit.contains("\n")) {
            throw new IllegalArgumentException(label + ": unit: '" + unit + "' must be a word or two, e.g. \"file\"");
        }

        Table prototype = top.table("prototype");
        prototype.allow("language", "file", "function");
        String language = prototype.string("language");
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(label + ": prototype.language: '" + language + "' is not "
                    + String.join(" or ", LANGUAGES.stream().map(known -> "\"" + known + "\"").toList()));
        }
        String prototypeFile = prototype.string("file");
        Path source = inside(dir, prototypeFile, label, "prototype.file");
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(label + ": prototype.file: " + prototypeFile + " does not exist in " + dir);
        }
        String function = prototype.string("function");
        if (!IDENTIFIER.matcher(function).matches()) {
            throw new IllegalArgumentException(label + ": prototype.function: '" + function + "' is not a function name");
        }

        Table rust = top.table("rust");
        rust.allow("crate", "function");
        String crate = rust.string("crate");
        Path crateDir = inside(dir, crate, label, "rust.crate");
        if (!Files.isRegularFile(crateDir.resolve("Cargo.toml"))) {
            throw new IllegalArgumentException(label + ": rust.crate: " + crate + " holds no Cargo.toml (the port's crate,"
                    + " relative to " + dir + ")");
        }
        String rustFunction = rust.string("function");
        if (!RUST_IDENTIFIER.matcher(rustFunction).matches()) {
            throw new IllegalArgumentException(label + ": rust.function: '" + rustFunction + "' is not a Rust function name");
        }

        Table inputs = top.table("inputs");
        inputs.allow("files");
        String glob = inputs.string("files");

        List<ClaimSpec> claims = new ArrayList<>();
        JsonNode list = root.get("claims");
        if (list != null) {
            if (!list.isArray()) {
                throw new IllegalArgumentException(label + ": claims: must be an array of tables ([[claims]])");
            }
            for (int i = 0; i < list.size(); i++) {
                Table claim = new Table(label, "claims[" + (i + 1) + "].", list.get(i));
                claim.allow("candidate", "baseline", "speedup", "source");
                double speedup = claim.number("speedup");
                if (!(speedup > 0) || Double.isInfinite(speedup)) {
                    throw new IllegalArgumentException(label + ": claims[" + (i + 1) + "].speedup: must be a number above 0, not " + speedup);
                }
                claims.add(new ClaimSpec(claim.string("candidate"), claim.optionalString("baseline", null), speedup,
                        claim.optionalString("source", null)));
            }
        }
        return new Manifest(dir, id, title, unit, new PrototypeSpec(language, prototypeFile, function),
                new RustSpec(crate, rustFunction), glob, List.copyOf(claims), FolderStory.sha256(bytes));
    }

    /** The manifest's file, absolute. */
    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** The prototype's file, absolute. */
    public Path prototypeFile() {
        return folder.resolve(prototype.file()).normalize();
    }

    /** The port's crate directory, absolute. */
    public Path crateDir() {
        return folder.resolve(rust.crate()).normalize();
    }

    /** How messages name the manifest: its path as the user would type it. */
    static String label(Path dir) {
        return dir.resolve(FILE_NAME).toString();
    }

    /** A path the manifest names, which must stay inside the folder. */
    private static Path inside(Path dir, String relative, String label, String key) {
        Path resolved;
        try {
            resolved = dir.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(label + ": " + key + ": '" + relative + "' is not a path");
        }
        if (!resolved.startsWith(dir)) {
            throw new IllegalArgumentException(label + ": " + key + ": " + relative + " is outside the story's folder");
        }
        return resolved;
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    /** One TOML table of the manifest, read key by key with messages naming {@code prefix + key}. */
    private record Table(String label, String prefix, JsonNode node) {
        Table {
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(label + ": " + (prefix.isEmpty() ? "the file" : prefix.substring(0, prefix.length() - 1))
                        + " must be a table");
            }
        }

        void allow(String... keys) {
            Set<String> known = new LinkedHashSet<>(List.of(keys));
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw new IllegalArgumentException(label + ": " + prefix + name + ": unknown key (known here: "
                            + String.join(", ", known) + ")");
                }
            }
        }

        Table table(String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                throw new IllegalArgumentException(label + ": " + prefix + key + ": missing (a [" + prefix + key + "] table is required)");
            }
            if (!value.isObject()) {
                throw new IllegalArgumentException(label + ": " + prefix + key + ": must be a table ([" + prefix + key + "])");
            }
            return new Table(label, prefix + key + ".", value);
        }

        String string(String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                throw new IllegalArgumentException(label + ": " + prefix + key + ": missing (required)");
            }
            return text(key, value);
        }

        String optionalString(String key, String otherwise) {
            JsonNode value = node.get(key);
            return value == null ? otherwise : text(key, value);
        }

        private String text(String key, JsonNode value) {
            if (!value.isTextual()) {
                throw new IllegalArgumentException(label + ": " + prefix + key + ": must be a string, not " + value);
            }
            if (value.asText().isEmpty()) {
                throw new IllegalArgumentException(label + ": " + prefix + key + ": must not be empty");
            }
            return value.asText();
        }

        double number(String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                throw new IllegalArgumentException(label + ": " + prefix + key + ": missing (required)");
            }
            if (!value.isNumber()) {
                throw new IllegalArgumentException(label + ": " + prefix + key + ": must be a number, not " + value);
            }
            return value.asDouble();
        }
    }
}
