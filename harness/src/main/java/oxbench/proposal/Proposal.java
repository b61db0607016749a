package oxbench.proposal;

import java.util.List;
import oxbench.summary.ClaimResult;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.RunInfo;
import oxbench.results.Verdicts;

/**
 * A migration proposal: moving one function of a story from one implementation to another, with the
 * run's evidence, the guide's "Migration Checklist" and its "When to Migrate" reasons. Derived from
 * a run's summary only (see {@link Proposals}); rendered by {@link ProposalMarkdown}.
 *
 * @param runDir       where the run's files are
 * @param unit         the unit of every time, e.g. {@code us/file}
 * @param speedup      {@code from / to} with its interval, or null when either was not measured
 * @param share        the share of the program's time spent in this function, given by the proposer, or null
 * @param overall      the whole program's speedup: for {@code share}, or for a few example shares without one
 * @param savedPerUnit time saved per unit of work, in {@code unit}, or null
 * @param claims       the guide's claims about this pair in the run, if any
 * @param warnings     what makes the numbers weaker than a full run's (quick plan, interpreter, unsettled, incomplete)
 */
public record Proposal(
        RunInfo run,
        String runDir,
        String story,
        String title,
        String unit,
        ImplementationResult from,
        ImplementationResult to,
        Correctness correctness,
        Verdicts.Speedup speedup,
        Double share,
        List<Amdahl.Overall> overall,
        Double savedPerUnit,
        List<ClaimResult> claims,
        List<CheckItem> checklist,
        List<Reason> reasons,
        Recommendation recommendation,
        List<String> warnings) {

    /** Whether {@code to} computes what {@code from} computes, and how that was established. */
    public record Correctness(boolean same, String account) {}

    /** One item of the guide's Migration Checklist, ticked when oxbench has the evidence. */
    public record CheckItem(String item, boolean done, String evidence) {}

    /** Whether one of the guide's "When to Migrate" reasons applies here. */
    public enum Applies { YES, NO, UNKNOWN }

    /**
     * One of the guide's reasons.
     *
     * @param migrate true for a "DO migrate when" reason, false for a "DON'T migrate when" one
     * @param rule    the guide's words
     */
    public record Reason(boolean migrate, String rule, Applies applies, String evidence) {}

    public enum Decision {
        MIGRATE("Migrate"),
        DO_NOT_MIGRATE("Do not migrate"),
        NOT_YET("Not decided yet");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The proposal's conclusion and the one reason that decided it. */
    public record Recommendation(Decision decision, String why) {}
}
