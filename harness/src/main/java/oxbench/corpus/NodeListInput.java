package oxbench.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import oxbench.env.BuildInfo;
import oxbench.polyglot.Guests;
import oxbench.story.InputOptions;
import oxbench.story.Warnings;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Every usable Python file of the corpus as its AST node list: the input of the stories that
 * fingerprint whole files ({@link NodeListStory}). Parsing stays in Python, in the prototype's
 * {@code ast_nodes}, and is done once, before timing.
 *
 * @param corpus  where the files came from (the GraalPy standard library or the user's directory)
 * @param files   the files every implementation fingerprints, in order
 * @param skipped one line per file left out, with the reason
 */
public record NodeListInput(String corpus, List<FileNodes> files, List<String> skipped) {
    /**
     * The node lists of the {@link Corpus} that {@code options} choose: the standard-library
     * selection ({@link Corpus#STANDARD_LIBRARY}, or its quick part) or every file under {@code --corpus}.
     *
     * @throws IllegalArgumentException when no file of the corpus is usable
     */
    public static NodeListInput read(InputOptions options, Warnings warnings) {
        List<String> skipped = new ArrayList<>();
        Warnings recorded = line -> {
            skipped.add(line);
            warnings.warn(line);
        };
        try (Context context = Guests.shared().newContext("python")) {
            Value astNodes = Guests.loadPythonModule(context, "fingerprint").getMember("ast_nodes");
            String corpus;
            List<SourceFile> sources;
            if (options.corpus() == null) {
                Path stdlib = Path.of(context.eval("python", "import os; os.path.dirname(os.__file__)").asString());
                List<String> selection = options.quick() ? Corpus.STANDARD_LIBRARY_QUICK : Corpus.STANDARD_LIBRARY;
                corpus = "GraalPy " + BuildInfo.graalvm() + " standard library (" + selection.size() + " modules)";
                sources = Corpus.read(stdlib, selection, options.maxFileBytes(), recorded);
            } else {
                corpus = options.corpus().toAbsolutePath().normalize().toString();
                sources = Corpus.readDirectory(options.corpus(), options.maxFileBytes(), recorded);
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("corpus " + corpus + " has no usable *.py file"
                        + " (hidden directories are not searched)");
            }
            List<FileNodes> files = new ArrayList<>();
            for (SourceFile source : sources) {
                List<String> nodes = parse(astNodes, source, recorded);
                if (nodes != null) {
                    files.add(new FileNodes(source.name(), source.bytes(), nodes));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("corpus " + corpus + " has no Python file that parses");
            }
            return new NodeListInput(corpus, List.copyOf(files), List.copyOf(skipped));
        }
    }

    /** The node strings of one file, or null (with a warning) when the prototype cannot parse it. */
    private static List<String> parse(Value astNodes, SourceFile source, Warnings warnings) {
        Value list;
        try {
            list = astNodes.execute(source.text(), source.name());
        } catch (PolyglotException e) {
            warnings.warn(Guests.doesNotParse(source.name(), e));
            return null;
        }
        int size = Math.toIntExact(list.getArraySize());
        List<String> nodes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            nodes.add(list.getArrayElement(i).asString());
        }
        return nodes;
    }
}
