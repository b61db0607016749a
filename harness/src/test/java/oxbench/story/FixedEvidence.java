package oxbench.story;

import java.util.List;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Scaling;

/** Evidence made by hand for a claim's rule: rows and a scaling table, without a run. */
public final class FixedEvidence {
    private FixedEvidence() {}

    /** A scaling table's evidence, scores in {@code unit}. */
    public static StoryEvidence ofScaling(Scaling scaling, String unit) {
        return new StoryEvidence(unit, 1, List.of(), scaling, List.of());
    }

    /** Rows' evidence, scores in {@code unit}. */
    public static StoryEvidence ofRows(String unit, ImplementationResult... rows) {
        return new StoryEvidence(unit, 1, List.of(rows), null, List.of());
    }
}
