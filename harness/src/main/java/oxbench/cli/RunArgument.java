package oxbench.cli;

import oxbench.env.Home;
import oxbench.history.RunHistory;

/** The RUN parameter of the commands that read one finished run: an id under results/ or a run directory. */
final class RunArgument {
    private RunArgument() {}

    /** The run, or a {@link UserError} saying why it cannot be read (unknown, not a run, unreadable summary.json). */
    static RunHistory.Run open(String run) {
        try {
            return new RunHistory(Home.results()).open(run);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
