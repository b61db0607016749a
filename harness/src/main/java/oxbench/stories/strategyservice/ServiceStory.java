package oxbench.stories.strategyservice;

import java.util.List;
import oxbench.corpus.NodeListInput;
import oxbench.corpus.NodeListStory;
import oxbench.story.Claim;
import oxbench.story.Comparison;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Warnings;

/**
 * The guide's Strategy 2, microservice extraction: the fingerprint of success story 1 computed by
 * rust-core served over HTTP on loopback against the same call in-process (FFM). Same input as the
 * fingerprint story (its files' node lists, made the same way), one call per file; each call's
 * latency is recorded as {@value TimedCalls#CALL_LATENCY} for its median and p99.
 */
public final class ServiceStory implements NodeListStory {
    private static final String GUIDE = "Strategy 2, Microservice Extraction: \"Move performance-critical component to"
            + " separate service. [Main App] → [HTTP/gRPC] → [Rust Service]\"";

    /** The input, its description and summary are the fingerprint story's. */

    @Override
    public String id() {
        return "strategy-service";
    }

    @Override
    public String title() {
        return "Microservice extraction: the fingerprint over HTTP on loopback against the same call in-process";
    }

    @Override
    public String unitOfWork() {
        return "file";
    }

    @Override
    public String baseline() {
        return "rust@ffm";
    }

    @Override
    public List<Implementation<NodeListInput>> implementations() {
        return List.of(new RustInProcess(), new RustOverHttp());
    }

    /** The guide gives no number for this strategy: the comparison puts one on it. */
    @Override
    public List<Claim<?>> claims() {
        return List.of();
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(new Comparison("what an HTTP hop on loopback costs against the same call in-process",
                "rust@http-loopback", "rust@ffm",
                "served over HTTP on loopback, a call takes {ratio}x as long as in-process ({difference} more per file);"
                        + " one client's throughput is {slower_rate} over HTTP against {faster_rate} in-process",
                GUIDE));
    }

    @Override
    public NodeListInput prepare(InputOptions options, Warnings warnings) {
        return NodeListInput.read(options, warnings);
    }
}
