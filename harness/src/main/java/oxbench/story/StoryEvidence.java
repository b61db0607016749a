package oxbench.story;

import java.util.List;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Scaling;

/**
 * A story's measurements as its claims read them: its rows, its scaling table and the claims checked
 * with them (made by the runner after measuring, and by the reader of an older summary.json).
 */
public record StoryEvidence(String unit, double claimUnitsPerUnit, List<ImplementationResult> rows, Scaling scaling,
        List<Claim<?>> claims) implements Evidence {
    public StoryEvidence {
        rows = List.copyOf(rows);
        claims = List.copyOf(claims);
    }

    @Override
    public ImplementationResult row(String impl) {
        return rows.stream().filter(row -> row != null && impl.equals(row.impl())).findFirst().orElse(null);
    }
}
