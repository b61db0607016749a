package oxbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import oxbench.Home;
import oxbench.history.RunHistory;
import oxbench.report.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench dashboard}: a static, offline site over every run under results/. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Build a static site from the run history: a trend chart per story and implementation (regressions",
            "marked, points linked to each run's report), the latest run against the previous one, every run's report.",
            "Works offline; reads results/ only."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:dashboard written", "2:usage error or no readable run under results/"})
public final class DashboardCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Write the site here (default: dashboard/).")
    Path out = Path.of("dashboard");

    @Override
    public Integer call() throws Exception {
        Path dir = ReportOutput.check(out, ReportOutput.Kind.DASHBOARD);
        List<String> unreadable = new ArrayList<>();
        List<RunHistory.Run> runs = new RunHistory(Home.results()).scan(unreadable);
        if (runs.isEmpty()) {
            throw new UserError("no readable run under " + Home.results() + (unreadable.isEmpty() ? "" : " ("
                    + unreadable.size() + " unreadable)") + ": measure one with `bench run` first");
        }
        if (!unreadable.isEmpty()) {
            System.err.printf("warning: skipped %d run(s) whose summary.json cannot be read (listed on the dashboard)%n",
                    unreadable.size());
        }
        Dashboard.write(runs, unreadable, dir);
        System.out.printf("Dashboard of %d run(s) written to %s%n", runs.size(), dir.resolve(Dashboard.INDEX));
        return ExitCodes.OK;
    }
}
