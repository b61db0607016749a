package oxbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import oxbench.history.RunHistory;
import oxbench.report.HtmlPage;
import oxbench.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench report RUN}: one run's report as Markdown, self-contained HTML, CSV and CI exports. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Write a run's report and exports from its summary.json; nothing is re-run.",
            "report.md, report.html (charts inlined, works offline), results.csv,",
            "github-action-benchmark.json (customSmallerIsBetter) and bencher.json (Bencher Metric Format).",
            "Nothing under results/ changes."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:usage error, unknown run, not a run, an unreadable summary.json, or a report file that cannot be written"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "A run id under results/ or a run directory.")
    String run;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the report here (default: reports/<run-id>/).")
    Path out;

    @Override
    public Integer call() throws Exception {
        RunHistory.Run opened = RunArgument.open(run);
        Path dir = ReportOutput.check(out == null ? Path.of("reports", opened.id()) : out, ReportOutput.Kind.REPORT);
        try {
            ReportWriter.write(opened, dir, HtmlPage.inlineLibrary());
        } catch (IOException e) {
            throw ReportOutput.notWritten(out == null ? dir : out, e);
        }
        System.out.println("Report of run " + opened.id() + " written to " + dir.resolve(ReportWriter.HTML));
        return ExitCodes.OK;
    }
}
