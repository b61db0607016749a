package oxbench.jmh;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import oxbench.progress.Progress;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output, split two ways: everything JMH says goes to the run's log file in JMH's own format;
 * the user sees one short step per iteration, with the time left estimated from the plans. It also
 * keeps the first error line of each implementation whose fork failed, so the summary can say why.
 */
final class ProgressFormat implements OutputFormat {
    private final OutputFormat log;
    private final Progress user;
    private final Map<String, String> failures = new HashMap<>();
    private final String story;
    private final String unitOfWork;
    /** Planned seconds not yet spent, per implementation (iterations are fixed-length; fork start-up is not counted). */
    private final Map<String, Double> left = new LinkedHashMap<>();
    private String current;

    ProgressFormat(OutputFormat log, Progress user, String story, Map<String, MeasurementPlan> plans, String unitOfWork) {
        this.log = log;
        this.user = user;
        this.story = story;
        this.unitOfWork = unitOfWork;
        plans.forEach((impl, plan) -> left.put(impl, (double) plan.secondsPerImplementation()));
    }

    /** Seconds the plans still have to run, about. */
    double remainingSeconds() {
        return left.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The first error line JMH printed per implementation id, for forks that failed. */
    Map<String, String> failures() {
        return failures;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        if (current != null) {
            left.put(current, 0.0); // it ended, failed or not
        }
        current = params.getParam("impl");
        String phase = String.format(Locale.ROOT, "measuring (%d fork(s), %d warm-up + %d measured iterations)",
                params.getForks(), params.getWarmup().getCount(), params.getMeasurement().getCount());
        user.step(new Progress.Step("  " + current + ": " + phase, story, current, "starting its fork", remainingSeconds()));
        log.startBenchmark(params);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        log.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        String phase = params.getType() == IterationType.WARMUP ? "warm-up" : "measure";
        left.computeIfPresent(current, (impl, seconds) -> Math.max(0, seconds - params.getTime().convertTo(
                TimeUnit.MILLISECONDS) / 1000.0));
        String score = String.format(Locale.ROOT, "%.4g %s", data.getPrimaryResult().getScore(),
                data.getScoreUnit().replace("/op", "/" + unitOfWork));
        user.step(new Progress.Step(
                String.format(Locale.ROOT, "    %s %-8s %2d/%d  %s", current, phase, iteration, params.getCount(), score),
                story, current, String.format(Locale.ROOT, "%s %d/%d (%s)", phase, iteration, params.getCount(), score),
                remainingSeconds()));
        log.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        if (current != null) {
            left.put(current, 0.0);
        }
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
                user.note("  " + current + ": FAILED: " + trimmed);
                return;
            }
        }
    }
}
