package oxbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import oxbench.results.Summary;

/** One machine-readable file a report writes beside report.md, for a tool that reads it as it is. */
public interface Export {
    List<Export> ALL = List.of(new CsvExport(), new GithubActionBenchmarkExport(), new BencherExport());

    String fileName();

    void write(Summary summary, OutputStream out) throws IOException;

    /** The name CI tools know a row by: {@code <story>/<implementation>}. */
    static String benchmarkName(Summary.StoryResult story, Summary.ImplementationResult impl) {
        return story.story() + "/" + impl.impl();
    }
}
