package oxbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import oxbench.env.Home;
import oxbench.compare.ComparisonFormat;
import oxbench.compare.RunSamples;
import oxbench.compare.RunComparer;
import oxbench.compare.RunComparison;
import oxbench.history.RunHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench compare BASE NEW}: what changed between two runs, and whether it is a regression. Reads only. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare two runs: per story and implementation measured in both, NEW's time over BASE's"
                + " with its interval, Welch's t-test on the raw samples, the geometric mean per story, and a"
                + " regression flag. Reads summary.json, jmh-<story>.json and external-<story>.json; modifies nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no regression",
            "2:usage or input error (unknown run, not a run, broken summary.json or sample files), or nothing to"
                    + " compare: no implementation was measured in both runs",
            "3:a regression: some implementation is significantly slower (p < --alpha) by more than --threshold"
        })
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The run to compare against: a run id under results/ or a run directory.")
    String base;

    @Parameters(index = "1", paramLabel = "NEW", description = "The run under test: a run id under results/ or a run directory.")
    String current;

    @Option(names = "--threshold", paramLabel = "F", defaultValue = "" + RunComparer.THRESHOLD,
            description = "A significant slowdown is a regression when NEW / BASE is above 1 + F (default: ${DEFAULT-VALUE},"
                    + " i.e. 5%% slower); a speed-up below 1 - F is an improvement.")
    double threshold;

    @Option(names = "--alpha", paramLabel = "P", defaultValue = "" + RunComparer.ALPHA,
            description = "Significance level of Welch's t-test (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown", converter = FormatConverter.class,
            description = "markdown (default) or json.")
    ComparisonFormat format;

    @Override
    public Integer call() {
        RunComparison comparison;
        try {
            RunComparer comparer = new RunComparer(new RunComparer.Criteria(alpha, threshold));
            RunHistory history = new RunHistory(Home.results());
            comparison = comparer.compare(side(history, base), side(history, current));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.render(comparison));
        out.flush();
        if (comparison.nothingCompared()) {
            throw new UserError("nothing was compared: no story's implementation was measured (\"ok\") in both "
                    + comparison.base().id() + " and " + comparison.current().id() + "; see the rows not compared");
        }
        return comparison.regressed() ? ExitCodes.REGRESSION : ExitCodes.OK;
    }

    private static RunComparer.Side side(RunHistory history, String idOrDir) {
        RunHistory.Run run = history.open(idOrDir);
        return new RunComparer.Side(run.dir().toString(), run.summary(), new RunSamples(run.dir()));
    }

    /** "markdown" or "json", in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ComparisonFormat> {
        @Override
        public ComparisonFormat convert(String value) {
            try {
                return ComparisonFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not markdown or json");
            }
        }
    }
}
