package oxbench.story;

import java.util.List;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Scaling;

/** Evidence made by hand for a claim's rule: rows and a scaling table, without a run. */
public record FixedEvidence(String unit, double claimUnitsPerUnit, List<ImplementationResult> rows, Scaling scaling)
        implements Evidence {
    /** A scaling table's evidence, scores in {@code unit}. */
    public static FixedEvidence ofScaling(Scaling scaling, String unit) {
        return new FixedEvidence(unit, 1, List.of(), scaling);
    }

    /** Rows' evidence, scores in {@code unit}. */
    public static FixedEvidence ofRows(String unit, ImplementationResult... rows) {
        return new FixedEvidence(unit, 1, List.of(rows), null);
    }

    @Override
    public ImplementationResult row(String impl) {
        return rows.stream().filter(row -> row != null && row.impl().equals(impl)).findFirst().orElse(null);
    }
}
