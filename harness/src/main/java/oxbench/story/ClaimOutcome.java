package oxbench.story;

import oxbench.summary.ClaimResult;

/**
 * What a {@link Claim}'s rule found, in its kind's own fields: a record, written as the claim's
 * {@code data} in summary.json (and read back from it), that knows how it reads.
 */
public interface ClaimOutcome {
    /**
     * The outcome as every renderer shows it: verdict, finding, the implementations it is about,
     * warnings and tables. Its {@code data} is left null; the runner fills it with this record's fields.
     */
    ClaimResult present();

    /**
     * This outcome read from a summary.json of format 0, completed with what that format did not
     * record and the run's rows show (its warnings, the setting of its baseline); by default as it is.
     */
    default ClaimOutcome completed(Evidence evidence) {
        return this;
    }
}
