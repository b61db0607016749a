package oxbench.stories.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import oxbench.claims.SpeedupClaim;
import oxbench.story.Claim;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Story;
import oxbench.story.Warnings;

/**
 * A team's own hot path, from a folder: its prototype (Python or JavaScript), the Rust port of the same
 * function, and its inputs, as its {@code oxbench.toml} says ({@link Manifest}). Every implementation is
 * called once per input file with the file's bytes and returns bytes (or text, compared as its UTF-8
 * bytes); the prototype in GraalVM is the baseline every other row must match byte for byte.
 */
public final class FolderStory implements Story<FolderInput> {
    /** The rows of a Python prototype, in the order the tables show them. */
    static final List<String> PYTHON_ROWS = List.of("python@graalpy", "python@cpython", "rust@ffm", "rust@graalwasm",
            "python+rust@ffm", "python+rust@graalwasm", "python+rust@pyo3");

    /** The rows of a JavaScript prototype, in the order the tables show them. */
    static final List<String> JAVASCRIPT_ROWS = List.of("js@graaljs", "js@node", "rust@ffm", "rust@graalwasm",
            "js+rust@graalwasm", "js+rust@node-wasm", "js+rust@napi");

    private final Manifest manifest;
    private final List<Implementation<FolderInput>> implementations;
    private final List<Claim<?>> claims;

    FolderStory(Manifest manifest) {
        this.manifest = manifest;
        List<String> order = rows(manifest.prototype().language());
        List<Implementation<FolderInput>> rows = new ArrayList<>();
        rows.addAll(InProcessRows.of(manifest.prototype().language()));
        rows.addAll(ExternalRows.of(manifest.prototype().language()));
        rows.sort(Comparator.comparingInt(row -> order.indexOf(row.id())));
        this.implementations = List.copyOf(rows);
        this.claims = claims(manifest, baseline(), order);
    }

    /**
     * The story a JMH fork measures, from the run's input file alone: its rows follow from the input's language,
     * and what they run (the prototype's text, the port's builds, the inputs) is in the input. Claims, title and
     * unit stay with the parent, which judges and reports.
     */
    static FolderStory reopened(Path folder, FolderInput input) {
        return new FolderStory(new Manifest(folder, input.story(), input.story(), "input",
                new Manifest.PrototypeSpec(input.language(), input.prototype().name(), input.prototype().function()),
                new Manifest.RustSpec(".", input.port().function()), "", List.of(), input.manifestSha256()));
    }

    private static List<String> rows(String language) {
        return language.equals("python") ? PYTHON_ROWS : JAVASCRIPT_ROWS;
    }

    /** The manifest's claims, each checked against the story's implementations. */
    private static List<Claim<?>> claims(Manifest manifest, String baseline, List<String> ids) {
        List<Claim<?>> claims = new ArrayList<>();
        for (int i = 0; i < manifest.claims().size(); i++) {
            Manifest.ClaimSpec claim = manifest.claims().get(i);
            String key = manifest.file() + ": claims[" + (i + 1) + "].";
            String against = claim.baseline() == null ? baseline : claim.baseline();
            for (String[] named : new String[][] {{"candidate", claim.candidate()}, {"baseline", against}}) {
                if (!ids.contains(named[1])) {
                    throw new IllegalArgumentException(key + named[0] + ": '" + named[1] + "' is not an implementation of this story ("
                            + String.join(", ", ids) + ")");
                }
            }
            if (against.equals(claim.candidate())) {
                throw new IllegalArgumentException(key + "candidate: '" + claim.candidate() + "' is also the claim's baseline");
            }
            claims.add(SpeedupClaim.factor(against, claim.candidate(), claim.speedup(), manifest.unit(),
                    claim.source() == null ? Manifest.FILE_NAME + " of " + manifest.id() : claim.source()));
        }
        return List.copyOf(claims);
    }

    public Manifest manifest() {
        return manifest;
    }

    @Override
    public String id() {
        return manifest.id();
    }

    @Override
    public String title() {
        return manifest.title();
    }

    @Override
    public String unitOfWork() {
        return manifest.unit();
    }

    /** Where the story came from; the forks open it again from the run's input file ({@link FolderSource#reopen}). */
    @Override
    public String origin() {
        return manifest.folder().toString();
    }

    @Override
    public String baseline() {
        return rows(manifest.prototype().language()).getFirst();
    }

    @Override
    public List<Implementation<FolderInput>> implementations() {
        return implementations;
    }

    @Override
    public List<Claim<?>> claims() {
        return claims;
    }

    /** The prototype on its usual runtime against GraalVM's JIT, and the port in GraalWasm against native. */
    @Override
    public List<Comparison> comparisons() {
        boolean python = manifest.prototype().language().equals("python");
        String usual = python ? "python@cpython" : "js@node";
        String inProcess = baseline();
        return List.of(
                new Comparison((python ? "CPython against GraalPy" : "Node against GraalJS") + " (the same prototype file)",
                        usual, inProcess, "the prototype takes {ratio}x as long on " + (python ? "CPython" : "Node")
                                + " as on " + (python ? "GraalPy" : "GraalJS") + " with the JIT ({difference} per " + manifest.unit() + ")",
                        Comparison.NATIVE_RUNTIMES),
                new Comparison("GraalWasm against native (the same Rust port, Java caller)", "rust@graalwasm", "rust@ffm",
                        "the port takes {ratio}x as long in GraalWasm as native ({difference} per " + manifest.unit() + ")",
                        "The same crate built twice, for wasm32 and natively"));
    }

    @Override
    public FolderInput prepare(InputOptions options, Warnings warnings) throws IOException {
        List<FolderInput.Item> inputs = InputFiles.read(manifest);
        String source;
        try {
            source = Files.readString(manifest.prototypeFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(manifest.prototypeFile() + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        FolderInput.Prototype prototype = new FolderInput.Prototype(manifest.prototype().file(),
                manifest.prototypeFile().toString(), source, manifest.prototype().function());
        Prototypes.requireFunction(manifest, prototype);
        FolderInput.Port port = PortBuilds.build(manifest, warnings);
        return new FolderInput(manifest.id(), manifest.sha256(), manifest.prototype().language(), prototype, port, inputs);
    }

    @Override
    public int units(FolderInput input) {
        return input.inputs().size();
    }

    @Override
    public Class<FolderInput> inputType() {
        return FolderInput.class;
    }

    @Override
    public List<String> describe(FolderInput input, Object output) {
        return FolderOutputs.lines(input, output);
    }

    @Override
    public String difference(List<String> expected, List<String> actual) {
        return FolderOutputs.difference(expected, actual);
    }

    /**
     * What was measured, for the summary and for {@code bench compare}: digests of the manifest, the
     * prototype, the port's sources and each input, so two runs of different code or inputs never pass
     * for the same.
     */
    @Override
    public Object inputSummary(FolderInput input) {
        List<InputFacts> files = input.inputs().stream()
                .map(item -> new InputFacts(item.name(), item.data().length, sha256(item.data()))).toList();
        return new Facts(input.language(), input.manifestSha256(), input.prototype().name(),
                sha256(input.prototype().source().getBytes(StandardCharsets.UTF_8)), manifest.rust().crate(),
                input.port().sourcesSha256(), files.size(), files.stream().mapToLong(InputFacts::bytes).sum(), files);
    }

    /**
     * The summary's {@code input} of a folder story.
     *
     * @param manifestSha256  of {@code oxbench.toml}
     * @param prototypeSha256 of the prototype's text as it ran
     * @param portSha256      of the port's sources, as built
     */
    record Facts(String language, String manifestSha256, String prototype, String prototypeSha256, String port,
            String portSha256, int files, long bytes, List<InputFacts> inputs) {}

    record InputFacts(String name, long bytes, String sha256) {}

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
