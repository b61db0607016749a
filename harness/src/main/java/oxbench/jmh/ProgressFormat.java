package oxbench.jmh;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output, split two ways: everything JMH says goes to the run's log file in JMH's own format;
 * the user sees one short line per iteration. It also keeps the first error line of each
 * implementation whose fork failed, so the summary can say why.
 */
final class ProgressFormat implements OutputFormat {
    private final OutputFormat log;
    private final PrintStream user;
    private final Map<String, String> failures = new HashMap<>();
    private final String unitOfWork;
    private String current;

    ProgressFormat(OutputFormat log, PrintStream user, String unitOfWork) {
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.user = user;
    }

    /** The first error line JMH printed per implementation id, for forks that failed. */
    Map<String, String> failures() {
        return failures;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        current = params.getParam("impl");
        user.printf("  %s: measuring (%d fork(s), %d warm-up + %d measured iterations)%n", current,
                params.getForks(), params.getWarmup().getCount(), params.getMeasurement().getCount());
        log.startBenchmark(params);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        log.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        String phase = params.getType() == IterationType.WARMUP ? "warm-up" : "measure";
        user.printf(Locale.ROOT, "    %s %-8s %2d/%d  %.4g %s%n", current, phase, iteration, params.getCount(),
                data.getPrimaryResult().getScore(), data.getScoreUnit().replace("/op", "/" + unitOfWork));
        log.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        log.endBenchmark(result);
    }

    @Override
    public void startRun() {
        log.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        log.endRun(result);
    }

    @Override
    public void print(String s) {
        log.print(s);
    }

    @Override
    public void println(String s) {
        noteFailure(s);
        log.println(s);
    }

    @Override
    public void verbosePrintln(String s) {
        log.verbosePrintln(s);
    }

    @Override
    public void flush() {
        log.flush();
        user.flush();
    }

    @Override
    public void close() {
        log.close();
    }

    @Override
    public void write(int b) {
        log.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        log.write(b);
    }

    /** JMH prints a failing fork's exception as text; keep its first "Exception: message" line. */
    private void noteFailure(String text) {
        if (current == null || failures.containsKey(current) || text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.matches("^[\\w.$]+(Exception|Error)(: .*)?$") || trimmed.startsWith("<forked VM failed")) {
                failures.put(current, trimmed);
                user.printf("  %s: FAILED: %s%n", current, trimmed);
                return;
            }
        }
    }
}
