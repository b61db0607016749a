package oxbench;

import oxbench.cli.CompareCommand;
import oxbench.cli.DashboardCommand;
import oxbench.cli.ExitCodes;
import oxbench.cli.ListCommand;
import oxbench.cli.NewCommand;
import oxbench.cli.ReportCommand;
import oxbench.cli.ProposalCommand;
import oxbench.cli.RunCommand;
import oxbench.cli.ShowCommand;
import oxbench.cli.UserError;
import oxbench.cli.VersionProvider;
import oxbench.cli.WarmUpCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: should this hot path move to Rust, and what will it buy? */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {RunCommand.class, ListCommand.class, ShowCommand.class, CompareCommand.class, ReportCommand.class,
            DashboardCommand.class, ProposalCommand.class, NewCommand.class, WarmUpCommand.class,
            CommandLine.HelpCommand.class},
        description = {
            "Should this hot path move to Rust? Measures the migration guide's claims.",
            "Runs the prototypes in GraalPy and the same functions in Rust (FFM, GraalWasm),",
            "checks that they agree, and times them all with JMH."
        })
public final class Main implements Callable<Integer> {
    /** Set to print stack traces of unexpected errors. */
    static final String DEBUG_ENV = "OXBENCH_DEBUG";

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (used by the tests). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof UserError) {
                cmd.getErr().println("bench: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            cmd.getErr().println("bench: failed: " + e);
            if (System.getenv(DEBUG_ENV) != null) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("bench: set " + DEBUG_ENV + "=1 for the stack trace");
            }
            return ExitCodes.FAILED;
        });
        commandLine.setParameterExceptionHandler((e, args1) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("bench: " + e.getMessage() + " (see `" + cmd.getCommandSpec().qualifiedName() + " --help`)");
            return ExitCodes.USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        System.err.println("bench: missing command: run, list, compare, report, dashboard, proposal or new (see `bench --help`)");
        return ExitCodes.USAGE;
    }
}
