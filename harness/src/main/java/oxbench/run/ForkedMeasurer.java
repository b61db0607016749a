package oxbench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import oxbench.env.Scratch;
import oxbench.external.ExternalImplementation;
import oxbench.external.ExternalRunner;
import oxbench.jmh.InputFile;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.Measurement;
import oxbench.jmh.MeasurementPlan;
import oxbench.progress.Progress;
import oxbench.results.InputDigest;
import oxbench.story.Scalable;
import oxbench.story.Story;

/**
 * How a run times implementations: in-process ones in JMH forks (the input handed over as a JSON
 * file), external ones ({@link ExternalImplementation}) by their driver processes with the same
 * plans; their files ({@code jmh-<story>.json}, {@code external-<story>.json}) go to the run's directory.
 */
public final class ForkedMeasurer implements Measurer {
    private static final JmhRunner.Outcome NOTHING = new JmhRunner.Outcome(Map.of(), Map.of());

    private final boolean quick;
    private final Path runDir;
    private final Progress progress;

    public ForkedMeasurer(boolean quick, Path runDir, Progress progress) {
        this.quick = quick;
        this.runDir = runDir;
        this.progress = progress;
    }

    @Override
    public <I> JmhRunner.Outcome measure(Story<I> story, I input, Map<String, MeasurementPlan> plans, String files,
            Consumer<JmhRunner.Outcome> soFar) throws Exception {
        Map<String, MeasurementPlan> inProcess = new LinkedHashMap<>();
        Map<ExternalImplementation<?>, MeasurementPlan> external = new LinkedHashMap<>();
        plans.forEach((impl, plan) -> {
            if (story.implementation(impl) instanceof ExternalImplementation<?> driven) {
                external.put(driven, plan);
            } else {
                inProcess.put(impl, plan);
            }
        });
        Path inputFile = Files.createTempFile(Scratch.dir(), story.id() + "-input-", ".json");
        try {
            InputFile.write(story, input, inputFile);
            JmhRunner.Outcome jmh = inProcess.isEmpty() ? NOTHING
                    : JmhRunner.run(labels(story, input), inProcess, inputFile, story.units(input), story.unitOfWork(),
                            TimeUnit.MICROSECONDS, runDir.resolve(files + ".json"), runDir.resolve(files + ".log"), progress, soFar);
            if (external.isEmpty()) {
                return jmh;
            }
            JmhRunner.Outcome driven = ExternalRunner.run(story.id(), external, inputFile, story.units(input),
                    runDir.resolve(files.replaceFirst("^jmh-", "external-") + ".json"), progress,
                    partial -> soFar.accept(merged(jmh, partial)));
            return merged(jmh, driven);
        } finally {
            Files.deleteIfExists(inputFile);
        }
    }

    /** What JMH's params say about this story's benchmarks: the same in every run of the same settings and input. */
    private <I> JmhRunner.Labels labels(Story<I> story, I input) {
        String size = story instanceof Scalable<?> scalable ? sizeOf(scalable, input)
                : story.units(input) + " " + story.unitOfWork() + (story.units(input) == 1 ? "" : "s");
        return new JmhRunner.Labels(story.id(), (quick ? MeasurementPlan.QUICK : MeasurementPlan.FULL).name(), size,
                InputDigest.of(story.inputSummary(input)), story.origin());
    }

    @SuppressWarnings("unchecked")
    private static <I> String sizeOf(Scalable<?> scalable, I input) {
        Scalable<I> typed = (Scalable<I>) scalable;
        return typed.size(input) + " " + typed.sizeUnit();
    }

    /** The implementations JMH measured and those the external drivers measured, as one outcome. */
    private static JmhRunner.Outcome merged(JmhRunner.Outcome jmh, JmhRunner.Outcome external) {
        Map<String, Measurement> measured = new LinkedHashMap<>(jmh.measured());
        measured.putAll(external.measured());
        Map<String, String> failures = new LinkedHashMap<>(jmh.failures());
        failures.putAll(external.failures());
        return new JmhRunner.Outcome(measured, failures);
    }
}
