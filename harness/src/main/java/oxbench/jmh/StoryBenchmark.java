package oxbench.jmh;

import java.nio.file.Path;
import oxbench.Stories;
import oxbench.story.Story;
import oxbench.story.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The one JMH benchmark of oxbench: in each fork, one implementation of one story, opened on the
 * run's input (made once by the parent). Warm-up, iterations, forks and the time unit come from
 * {@link MeasurementPlan} through the runner's options, not from annotations.
 */
@State(Scope.Benchmark)
public class StoryBenchmark {
    /** Story id (set by {@link JmhRunner}). */
    @Param("")
    public String story;

    /** Implementation id (set by {@link JmhRunner}). */
    @Param("")
    public String impl;

    /** The story's input file, written by the parent. */
    @Param("")
    public String input;

    private Workload workload;

    @Setup(Level.Trial)
    public void open() throws Exception {
        workload = open(Stories.byId(story), impl, Path.of(input));
    }

    private static <I> Workload open(Story<I> story, String impl, Path input) throws Exception {
        return story.implementation(impl).open(story.readInput(input));
    }

    /** One pass over the whole input; JMH divides by the units of work per pass. */
    @Benchmark
    public Object run() {
        return workload.run();
    }

    @TearDown(Level.Trial)
    public void close() {
        if (workload != null) {
            workload.close();
        }
    }
}
