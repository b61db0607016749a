package oxbench.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import oxbench.results.Json;
import oxbench.steady.Stopping;
import oxbench.steady.StoppingRule;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.IterationType;

/**
 * Runs in each JMH fork of an adaptive plan: after every iteration it asks the fork's {@link Stopping}
 * whether warm-up, then measuring, is over, and if so ends JMH's loop ({@link IterationCounts}). The
 * rule and the earlier forks' steady samples come from the parent as system properties. Measuring
 * ends one iteration after the rule is satisfied, so that JMH's last iteration is the one it runs
 * the trial tear-down after; the parent replays the same decisions on the iterations it receives.
 */
public final class ForkStopper implements InternalProfiler {
    /** The system property with the fork's {@link StoppingRule}, as JSON. */
    static final String RULE_PROPERTY = "oxbench.steady.rule";
    /** The system property with the path of a JSON array of the earlier forks' steady samples. */
    static final String PRIOR_PROPERTY = "oxbench.steady.prior";

    private final Stopping stopping;
    private int warmups;
    private int measured;
    private boolean measuringDone;

    /**
     * JMH also makes its profilers in the parent, to check them, where there is no rule: that one
     * stops nothing (and is never asked to).
     */
    public ForkStopper() throws IOException {
        IterationCounts.check();
        String rule = System.getProperty(RULE_PROPERTY);
        String prior = System.getProperty(PRIOR_PROPERTY);
        stopping = rule == null ? null : new Stopping(Json.MAPPER.readValue(rule, StoppingRule.class),
                prior == null ? new double[0] : Json.MAPPER.readValue(Path.of(prior).toFile(), double[].class));
    }

    @Override
    public String getDescription() {
        return "ends warm-up when the series is steady and measuring when the interval is narrow enough (oxbench)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {}

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        if (stopping == null) {
            return List.of();
        }
        double score = result.getPrimaryResult().getScore();
        double seconds = seconds(result, benchmark.getTimeUnit());
        if (iteration.getType() == IterationType.WARMUP) {
            warmups++;
            if (stopping.warmupDone(score, seconds)) {
                IterationCounts.endAfter(benchmark.getWarmup(), warmups);
            }
        } else if (stopping.warmupEnd() != null) { // JMH's warm-up bound ran out first: the parent's replay skips these too
            measured++;
            if (!measuringDone && stopping.measuringDone(score, seconds)) {
                measuringDone = true;
                IterationCounts.endAfter(benchmark.getMeasurement(), measured + 1);
            }
        }
        return List.of();
    }

    /** How long one iteration's measured operations took, from what JMH reports of it (the same in the fork and the parent). */
    static double seconds(IterationResult result, TimeUnit unit) {
        return result.getPrimaryResult().getScore() * result.getMetadata().getMeasuredOps() / unit.convert(1, TimeUnit.SECONDS);
    }

    /** The JSON the parent passes as {@value #RULE_PROPERTY}. */
    static String ruleJson(StoppingRule rule) {
        try {
            return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the prior samples to a file for {@value #PRIOR_PROPERTY}. */
    static void writePrior(Path file, double[] prior) throws IOException {
        Files.write(file, Json.MAPPER.writeValueAsBytes(prior));
    }
}
