package oxbench.cli;

import java.util.concurrent.Callable;
import oxbench.report.ConsoleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench show RUN}: a finished run's tables as {@code bench run} printed them, read from its summary.json. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a run's tables, results, claims, comparisons and verdicts, as `bench run` does at its end,"
                + " from its summary.json (nothing is re-run or written).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:tables printed", "2:usage error, unknown run, not a run, or an unreadable summary.json"})
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "A run id under results/ or a run directory.")
    String run;

    @Override
    public Integer call() {
        ConsoleTable.print(RunArgument.open(run).summary(), System.out);
        return ExitCodes.OK;
    }
}
