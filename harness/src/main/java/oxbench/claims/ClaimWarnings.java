package oxbench.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import oxbench.results.Steadiness;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.ScalingPoint;

/**
 * What weakens a claim's verdict, in one line each, for its {@code warnings}: a row whose score is
 * below the timer's resolution (never divided by), a row or point that is not steady (no steady
 * state, slowdown) or whose forks disagree, and in runs from before issue 18 (no steady state
 * recorded) one whose measured iterations were still drifting. Warnings never change a verdict;
 * they are shown beside it.
 */
public final class ClaimWarnings {
    private ClaimWarnings() {}

    /** The warnings about the rows a claim reads (null rows, not run, are skipped). */
    public static List<String> ofRows(ImplementationResult... rows) {
        List<String> warnings = new ArrayList<>();
        for (ImplementationResult row : rows) {
            if (row == null || !row.measured()) {
                continue;
            }
            if (row.belowResolution() != null) {
                warnings.add(row.impl() + "'s score is below the timer's resolution, so no ratio is computed with it");
            } else if (row.steadyState() != null) {
                warnings.addAll(Steadiness.warnings(row.impl(), row.steadyState()));
            } else if (Boolean.FALSE.equals(row.settled())) {
                warnings.add(String.format(Locale.ROOT, "%s had not settled (%+.1f%% drift over a fork)", row.impl(),
                        row.drift() == null ? Double.NaN : row.drift() * 100));
            }
        }
        return warnings;
    }

    /** The warnings about the scaling points a claim reads: each one not steady, inconsistent or unsettled, by size. */
    public static List<String> ofPoints(String sizeUnit, List<ScalingPoint> points) {
        List<String> warnings = new ArrayList<>();
        for (ScalingPoint point : points) {
            if (point == null || point.score() == null) {
                continue;
            }
            String what = point.impl() + " at " + point.size() + " " + sizeUnit;
            if (point.steadyState() != null) {
                warnings.addAll(Steadiness.warnings(what, point.steadyState()));
            } else if (Boolean.FALSE.equals(point.settled())) {
                warnings.add(what + " had not settled");
            }
        }
        return warnings;
    }
}
