package oxbench.run;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import oxbench.check.CheckResult;
import oxbench.check.OutputCheck;
import oxbench.check.Status;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.jmh.Settling;
import oxbench.polyglot.RuntimeMode;
import oxbench.results.Summary.ClaimResult;
import oxbench.results.Summary.ImplementationResult;
import oxbench.results.Summary.StoryResult;
import oxbench.results.Verdicts;
import oxbench.story.Claim;
import oxbench.story.Implementation;
import oxbench.story.InputOptions;
import oxbench.story.Story;

/**
 * One story through the whole pipeline: input made once, every implementation checked against the
 * baseline, the matching ones measured by JMH, and the measurements turned into a result with
 * speedups and claim verdicts.
 */
public final class StoryRunner {
    private final MeasurementPlan plan;
    private final Path runDir;
    private final PrintStream progress;

    public StoryRunner(MeasurementPlan plan, Path runDir, PrintStream progress) {
        this.plan = plan;
        this.runDir = runDir;
        this.progress = progress;
    }

    /**
     * Runs {@code impls} of {@code story}.
     *
     * @throws IllegalArgumentException when the input cannot be made (a user error, e.g. a corpus with no usable file)
     */
    public <I> StoryResult run(Story<I> story, List<Implementation<I>> impls, InputOptions options) throws Exception {
        progress.printf("%s: preparing input%n", story.id());
        I input = story.prepare(options, line -> progress.println("  warning: " + line));
        int units = story.units(input);
        progress.printf("%s: %d %s(s) of input%n", story.id(), units, story.unitOfWork());

        Map<String, CheckResult> checks = check(story, impls, input);
        List<String> toMeasure = impls.stream().map(Implementation::id).filter(id -> checks.get(id).ok()).toList();

        JmhRunner.Outcome outcome = new JmhRunner.Outcome(Map.of(), Map.of());
        if (!toMeasure.isEmpty()) {
            Path inputFile = Files.createTempFile("oxbench-" + story.id() + "-", ".json");
            try {
                story.writeInput(input, inputFile);
                progress.printf("%s: measuring %d implementation(s), about %d s each%n", story.id(), toMeasure.size(),
                        plan.secondsPerImplementation());
                outcome = JmhRunner.run(story.id(), toMeasure, inputFile, units, story.unitOfWork(), plan, TimeUnit.MICROSECONDS,
                        runDir.resolve("jmh-" + story.id() + ".json"), runDir.resolve("jmh-" + story.id() + ".log"),
                        progress);
            } finally {
                Files.deleteIfExists(inputFile);
            }
        }
        return result(story, impls, input, checks, outcome);
    }

    private <I> Map<String, CheckResult> check(Story<I> story, List<Implementation<I>> impls, I input) {
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        List<String> expected;
        progress.printf("%s: computing the baseline (%s)%n", story.id(), story.baseline());
        try {
            expected = OutputCheck.expected(story, input);
        } catch (Exception | LinkageError e) {
            String message = "the baseline " + story.baseline() + " failed, so nothing can be checked: " + OutputCheck.oneLine(e);
            progress.println("  " + message);
            for (Implementation<I> impl : impls) {
                checks.put(impl.id(), new CheckResult(impl.id(), Status.FAILED, null, message));
            }
            return checks;
        }
        for (Implementation<I> impl : impls) {
            CheckResult check = OutputCheck.check(story, impl, input, expected);
            progress.printf("  %s: %s%s%n", impl.id(), check.status().label(),
                    check.message() == null ? "" : ": " + check.message());
            checks.put(impl.id(), check);
        }
        return checks;
    }

    private <I> StoryResult result(Story<I> story, List<Implementation<I>> impls, I input,
            Map<String, CheckResult> checks, JmhRunner.Outcome outcome) {
        Measurement baseline = outcome.measured().get(story.baseline());
        String unit = "us/" + story.unitOfWork();
        String mode = RuntimeMode.current().label();
        List<ImplementationResult> rows = new ArrayList<>();
        for (Implementation<I> impl : impls) {
            CheckResult check = checks.get(impl.id());
            Measurement measured = outcome.measured().get(impl.id());
            if (measured == null) {
                Status status = check.ok() ? Status.FAILED : check.status();
                String message = check.ok() ? "measurement failed: " + outcome.failures().get(impl.id()) : check.message();
                rows.add(new ImplementationResult(impl.id(), impl.language(), impl.runtime(), mode, status.label(),
                        null, null, null, null, unit, null, null, null, check.digest(), message, null, null, null));
                continue;
            }
            Verdicts.Speedup speedup = baseline == null ? null : speedup(baseline, measured);
            Settling.Verdict settling = Settling.of(measured.forkScores());
            rows.add(new ImplementationResult(impl.id(), impl.language(), impl.runtime(), mode, Status.OK.label(),
                    measured.score(), finite(measured.error()), finite(measured.low()), finite(measured.high()), unit,
                    speedup == null ? null : speedup.value(),
                    speedup == null ? null : finite(speedup.low()),
                    speedup == null ? null : finite(speedup.high()),
                    check.digest(), null, settling.settled(), settling.drift(), measured.samples()));
        }
        List<ClaimResult> claims = new ArrayList<>();
        for (Claim claim : story.claims()) {
            Measurement base = outcome.measured().get(claim.baseline());
            Measurement candidate = outcome.measured().get(claim.candidate());
            boolean selected = impls.stream().anyMatch(impl -> impl.id().equals(claim.candidate()));
            if (!selected) {
                continue;
            }
            Verdicts.Speedup speedup = base == null || candidate == null ? null : speedup(base, candidate);
            claims.add(new ClaimResult(claim.baseline(), claim.candidate(), claim.speedup(),
                    speedup == null ? null : speedup.value(),
                    speedup == null ? null : finite(speedup.low()),
                    speedup == null ? null : finite(speedup.high()),
                    Verdicts.verdict(claim.speedup(), speedup),
                    claim.guideBaseline(), claim.guideCandidate(), claim.source()));
        }
        return new StoryResult(story.id(), story.title(), story.baseline(), unit, story.inputSummary(input), rows, claims);
    }

    private static Verdicts.Speedup speedup(Measurement baseline, Measurement candidate) {
        return Verdicts.speedup(baseline.score(), baseline.low(), baseline.high(),
                candidate.score(), candidate.low(), candidate.high());
    }

    /**
     * JSON has no infinity or NaN: an unbounded interval end, or an error JMH could not compute (fewer
     * than three measured iterations), is written as null.
     */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
