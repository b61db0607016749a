package oxbench.jmh;

import java.nio.file.Path;
import oxbench.story.Stories;
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
 *
 * <p>Its params are what tools reading JMH's JSON (github-action-benchmark, jmh-visualizer) key a
 * series on, so they say only what makes two measurements comparable, the same in every run of the
 * same settings: story, implementation, mode, runtime, size and input digest (set by {@link JmhRunner}).
 * Where the input file is reaches the fork as the system property {@value #INPUT_PROPERTY}, which JMH
 * records among the fork's {@code jvmArgs} and no tool uses as a key.
 */
@State(Scope.Benchmark)
public class StoryBenchmark {
    /** The system property that holds the path of the story's input file, written by the parent. */
    public static final String INPUT_PROPERTY = "oxbench.input";

    /**
     * The system property that holds where a story that is not registered opens from ({@link Story#origin()}),
     * set by the parent for such stories only; like the input file's path it is no param, since it says where,
     * not what.
     */
    public static final String ORIGIN_PROPERTY = "oxbench.story.origin";

    /** Story id. */
    @Param("")
    public String story;

    /** Implementation id. */
    @Param("")
    public String impl;

    /** The run's mode: {@code quick} or {@code full}, as summary.json's {@code run.mode}. */
    @Param("")
    public String mode;

    /** The guest runtime mode: {@code jit} or {@code interpreter}, as summary.json's {@code runtime_mode}. */
    @Param("")
    public String runtime;

    /** How much one pass does, e.g. {@code 1000 patterns} (a scaling story's size) or {@code 20 files}. */
    @Param("")
    public String size;

    /** The input's {@link oxbench.results.InputDigest}: changes whenever the story's input summary does. */
    @Param("")
    public String input;

    private Workload workload;

    @Setup(Level.Trial)
    public void open() throws Exception {
        String file = System.getProperty(INPUT_PROPERTY);
        if (file == null || file.isEmpty()) {
            throw new IllegalStateException("the fork was started without -D" + INPUT_PROPERTY + "=<input file>");
        }
        String origin = System.getProperty(ORIGIN_PROPERTY);
        Story<?> opened = origin == null || origin.isEmpty() ? Stories.byId(story) : Stories.reopen(origin, Path.of(file));
        if (!opened.id().equals(story)) {
            throw new IllegalStateException(origin + " opens as story '" + opened.id() + "', not '" + story + "' as in the parent");
        }
        workload = open(opened, impl, Path.of(file));
    }

    private static <I> Workload open(Story<I> story, String impl, Path input) throws Exception {
        return story.implementation(impl).open(InputFile.read(story, input));
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
