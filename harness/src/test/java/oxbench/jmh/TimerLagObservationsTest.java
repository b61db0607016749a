package oxbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import oxbench.stories.pitfallblocking.BlockingInput;
import oxbench.stories.pitfallblocking.BlockingStory;
import oxbench.story.InputOptions;
import oxbench.story.Workload;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.util.SampleBuffer;

/**
 * The blocking story's workloads record one {@code timer lag} per timer and one {@code rust call} per
 * scenario, in the timed run only: what {@link ObservationsProfiler} hands to JMH.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TimerLagObservationsTest {
    @ParameterizedTest
    @ValueSource(strings = {"js+rust-sync@ffm", "js+rust-async@ffm"})
    void everyTimerOfEveryRunIsRecorded(String impl) throws Exception {
        BlockingStory story = new BlockingStory();
        BlockingInput input = story.prepare(new InputOptions(true, null), line -> {});
        Observations.drain();
        try (Workload workload = story.implementation(impl).open(input)) {
            assertEquals(Map.of(), Observations.drain(), "nothing is recorded before the timed run");
            workload.run();
            workload.run();
            Map<String, SampleBuffer> recorded = Observations.drain();
            assertEquals(2 * input.timers(), recorded.get("timer lag").count(), "every timer of both runs");
            assertEquals(2, recorded.get("rust call").count(), "one call per run");
        }
    }
}
