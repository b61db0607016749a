package oxbench.run;

import java.util.Map;
import java.util.function.Consumer;
import oxbench.jmh.JmhRunner;
import oxbench.jmh.MeasurementPlan;
import oxbench.story.Story;

/**
 * Times a story's checked implementations on one input: in a run, JMH forks and external driver
 * processes ({@link ForkedMeasurer}); in the runner's own tests, something that needs neither.
 */
public interface Measurer {
    /**
     * @param plans  every implementation to time (all passed the equality check), with its plan
     * @param files  the stem of the files the measurement may write in the run's directory, e.g.
     *               {@code jmh-patterns-100}
     * @param soFar  told the outcome as it stands after every implementation measured
     * @return what was measured and what failed, by implementation id
     */
    <I> JmhRunner.Outcome measure(Story<I> story, I input, Map<String, MeasurementPlan> plans, String files,
            Consumer<JmhRunner.Outcome> soFar) throws Exception;
}
