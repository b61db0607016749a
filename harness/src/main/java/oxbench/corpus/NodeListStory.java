package oxbench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import oxbench.story.Story;

/**
 * A story that fingerprints whole Python files from their node lists ({@link NodeListInput}), one
 * unit of work per file, whatever route it takes to the fingerprint (the guide's success story 1,
 * its JSON pitfall, the microservice strategy): they share the input's size, output lines and summary.
 */
public interface NodeListStory extends Story<NodeListInput> {
    @Override
    default int units(NodeListInput input) {
        return input.files().size();
    }

    @Override
    default Class<NodeListInput> inputType() {
        return NodeListInput.class;
    }

    /** {@code <file> <fingerprint>}, the fingerprint as 16 hex digits, one line per file. */
    @Override
    default List<String> describe(NodeListInput input, Object output) {
        long[] fingerprints = (long[]) output;
        if (fingerprints.length != input.files().size()) {
            throw new IllegalStateException("returned " + fingerprints.length + " fingerprints for "
                    + input.files().size() + " files");
        }
        List<String> lines = new ArrayList<>(fingerprints.length);
        for (int i = 0; i < fingerprints.length; i++) {
            lines.add(input.files().get(i).name() + " " + String.format("%016x", fingerprints[i]));
        }
        return lines;
    }

    @Override
    default Map<String, Object> inputSummary(NodeListInput input) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("corpus", input.corpus());
        summary.put("files", input.files().stream()
                .map(file -> Map.of("name", file.name(), "bytes", file.bytes(), "nodes", file.nodes().size()))
                .toList());
        summary.put("total_nodes", input.files().stream().mapToLong(file -> file.nodes().size()).sum());
        summary.put("skipped", input.skipped());
        return summary;
    }
}
