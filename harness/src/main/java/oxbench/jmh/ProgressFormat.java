package oxbench.jmh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Map<String, MeasurementPlan> plans;
    private String current;
    private int fork = 1;
    /** The current fork's iterations as JMH reported them, warm-up first. */
    private final List<IterationResult> warmups = new ArrayList<>();
    private final List<IterationResult> measured = new ArrayList<>();

    ProgressFormat(OutputFormat log, Progress user, String story, Map<String, MeasurementPlan> plans, String unitOfWork) {
        this.log = log;
        this.user = user;
        this.story = story;
        this.unitOfWork = unitOfWork;
        this.plans = plans;
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

    /** The next benchmark started is fork {@code fork} (1-based) of its implementation. */
    void fork(int fork) {
        this.fork = fork;
    }

    /** The warm-up iterations of the fork that ran last. */
    List<IterationResult> warmups() {
        return List.copyOf(warmups);
    }

    /** The measured iterations of the fork that ran last. */
    List<IterationResult> measured() {
        return List.copyOf(measured);
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        if (current != null && !current.equals(params.getParam("impl"))) {
            left.put(current, 0.0); // it ended, failed or not
        }
        current = params.getParam("impl");
        warmups.clear();
        measured.clear();
        MeasurementPlan plan = plans.get(current);
        String phase = plan != null && plan.adaptive() ? describe(plan)
                : String.format(Locale.ROOT, "measuring (fork %d of %d, %d warm-up + %d measured iterations)",
                        fork, plan == null ? params.getForks() : plan.forks(), params.getWarmup().getCount(),
                        params.getMeasurement().getCount());
        user.step(new Progress.Step("  " + current + ": " + phase, story, current, "starting its fork", remainingSeconds()));
        log.startBenchmark(params);
    }

    /** What an adaptive fork is about to do, in a few words. */
    private String describe(MeasurementPlan plan) {
        String warmup = plan.rule().adaptiveWarmup()
                ? String.format(Locale.ROOT, "warm-up until steady (at most %.0f s)", plan.rule().warmupCapSeconds())
                : plan.warmupIterations() + " warm-up iterations";
        String measuring = plan.rule().adaptiveMeasurement()
                ? String.format(Locale.ROOT, "measuring to +-%s (at most %.0f s)", percent(plan.target()),
                        plan.rule().measurementCapSeconds())
                : plan.measurementIterations() + " measured iterations";
        return String.format(Locale.ROOT, "fork %d: %s, then %s", fork, warmup, measuring);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3g%%", fraction * 100);
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        log.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        String phase = params.getType() == IterationType.WARMUP ? "warm-up" : "measure";
        (params.getType() == IterationType.WARMUP ? warmups : measured).add(data);
        MeasurementPlan plan = plans.get(current);
        String of = plan != null && plan.adaptive() ? "" : "/" + params.getCount();
        left.computeIfPresent(current, (impl, seconds) -> Math.max(0, seconds - params.getTime().convertTo(
                TimeUnit.MILLISECONDS) / 1000.0));
        String score = String.format(Locale.ROOT, "%.4g %s", data.getPrimaryResult().getScore(),
                data.getScoreUnit().replace("/op", "/" + unitOfWork));
        user.step(new Progress.Step(
                String.format(Locale.ROOT, "    %s %-8s %2d%s  %s", current, phase, iteration, of, score),
                story, current, String.format(Locale.ROOT, "%s %d%s (%s)", phase, iteration, of, score),
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
