package oxbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import oxbench.env.Home;
import oxbench.history.RunHistory;
import oxbench.report.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench dashboard}: a static, offline site over every run under results/. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Build a static site from the run history, with a trend chart per story and every run's report.",
            "A trend chart per story and implementation (regressions marked, points linked to each run's report),",
            "the latest run against the previous one, every run's report. Works offline; reads results/ only.",
            "Built incrementally: a run's report is drawn again only when its summary.json or oxbench's drawing",
            "code changed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:dashboard written", "2:usage error, no readable run under results/, or a file of the site that cannot be written"})
public final class DashboardCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Write the site here (default: dashboard/).")
    Path out = Path.of("dashboard");

    @Override
    public Integer call() throws Exception {
        Path dir = ReportOutput.check(out, ReportOutput.Kind.DASHBOARD);
        Dashboard.Written written;
        try {
            written = Dashboard.write(new RunHistory(Home.results()), dir);
        } catch (Dashboard.NoRun e) {
            throw new UserError("no readable run under " + Home.results() + (e.unreadable().isEmpty() ? "" : " ("
                    + e.unreadable().size() + " unreadable)") + ": measure one with `bench run` first");
        } catch (IOException e) {
            throw ReportOutput.notWritten(out, e);
        }
        if (written.unreadable() > 0) {
            System.err.printf("warning: skipped %d run(s) whose summary.json cannot be read (listed on the dashboard)%n",
                    written.unreadable());
        }
        written.undrawn().forEach(line -> System.err.println("warning: " + line));
        System.out.printf("Dashboard of %d run(s) written to %s (%d run report(s) drawn, %d unchanged, %d removed)%n",
                written.runs(), dir.resolve(Dashboard.INDEX), written.redrawn(), written.runs() - written.redrawn() - written.undrawn().size(),
                written.removed());
        return ExitCodes.OK;
    }
}
