package oxbench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import oxbench.summary.Status;
import oxbench.compare.RunComparison.Change;
import oxbench.compare.RunComparison.Row;
import oxbench.compare.RunComparison.RunRef;
import oxbench.compare.RunComparison.StoryComparison;
import oxbench.compare.RunComparison.Unmatched;
import oxbench.summary.Summary;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.RunInfo;
import oxbench.summary.Summary.StoryResult;
import oxbench.results.Steadiness;
import oxbench.results.Verdicts;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Compares two runs from their summaries and raw samples only (nothing is re-run).
 *
 * <p>Per row measured ("ok") in both runs: the ratio NEW / BASE with the interval {@link Verdicts}
 * uses for speedups, and Welch's t-test (commons-math3) on the two sets of raw samples, every fork
 * pooled. A row is a <b>regression</b> when p &lt; alpha and the ratio is above 1 + threshold, an
 * <b>improvement</b> when p &lt; alpha and the ratio is below 1 - threshold.
 */
public final class RunComparer {
    /** Default significance level of the t-test. */
    public static final double ALPHA = 0.01;
    /** Default threshold: a significant slowdown of more than 5% is a regression. */
    public static final double THRESHOLD = 0.05;

    /** When two runs are significantly different, and by how much a difference matters. */
    public record Criteria(double alpha, double threshold) {
        public Criteria {
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("--alpha must be between 0 and 1, not " + alpha);
            }
            if (!(threshold >= 0 && threshold < 1)) {
                throw new IllegalArgumentException("--threshold must be at least 0 and below 1, not " + threshold);
            }
        }
    }

    /** One side of the comparison: where the run is, what it says, and its raw samples. */
    public record Side(String dir, Summary summary, Samples samples) {}

    /** A score and the mean of its raw samples may differ by this much (floating-point summation order). */
    private static final double SAME_MEAN = 1e-9;

    private final Criteria criteria;

    public RunComparer(Criteria criteria) {
        this.criteria = criteria;
    }

    /**
     * @throws IllegalArgumentException (one line) when raw samples are missing, unreadable or disagree
     *                                  with the summary's score
     */
    public RunComparison compare(Side base, Side current) {
        List<String> warnings = new ArrayList<>(settingsDiffer(base.summary().run(), current.summary().run()));
        List<StoryComparison> stories = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<String, StoryResult> newStories = byId(current.summary().stories(), StoryResult::story);
        for (StoryResult baseStory : base.summary().stories()) {
            StoryResult newStory = newStories.remove(baseStory.story());
            if (newStory == null) {
                baseStory.implementations().forEach(impl -> unmatched.add(new Unmatched(baseStory.story(), impl.impl(),
                        impl.status().label(), null, "story only in BASE")));
            } else if (!baseStory.unit().equals(newStory.unit())) {
                String reason = "units differ (" + baseStory.unit() + " in BASE, " + newStory.unit() + " in NEW)";
                baseStory.implementations().forEach(impl -> unmatched.add(new Unmatched(baseStory.story(), impl.impl(),
                        impl.status().label(), null, reason)));
            } else {
                if (!Objects.equals(baseStory.input(), newStory.input())) {
                    warnings.add(baseStory.story() + ": the two runs measured different inputs" + differingFields(baseStory.input(), newStory.input())
                            + " (see `input` in their summary.json); its ratios compare different work");
                }
                stories.add(story(base, baseStory, current, newStory, unmatched, warnings));
            }
        }
        for (StoryResult newStory : newStories.values()) {
            newStory.implementations().forEach(impl -> unmatched.add(new Unmatched(newStory.story(), impl.impl(), null,
                    impl.status().label(), "story only in NEW")));
        }
        int compared = stories.stream().mapToInt(story -> story.rows().size()).sum();
        int regressions = count(stories, Change.REGRESSION);
        int improvements = count(stories, Change.IMPROVEMENT);
        return new RunComparison(ref(base), ref(current), criteria.alpha(), criteria.threshold(), List.copyOf(warnings),
                List.copyOf(stories), List.copyOf(unmatched), compared, regressions, improvements);
    }

    private StoryComparison story(Side base, StoryResult baseStory, Side current, StoryResult newStory,
            List<Unmatched> unmatched, List<String> warnings) {
        String story = baseStory.story();
        Map<String, ImplementationResult> newImpls = byId(newStory.implementations(), ImplementationResult::impl);
        List<Row> rows = new ArrayList<>();
        for (ImplementationResult baseImpl : baseStory.implementations()) {
            ImplementationResult newImpl = newImpls.remove(baseImpl.impl());
            if (newImpl == null) {
                unmatched.add(new Unmatched(story, baseImpl.impl(), baseImpl.status().label(), null, "only in BASE"));
            } else if (!measured(baseImpl) || !measured(newImpl)) {
                unmatched.add(new Unmatched(story, baseImpl.impl(), baseImpl.status().label(), newImpl.status().label(),
                        "not measured in " + (measured(baseImpl) ? "NEW" : measured(newImpl) ? "BASE" : "either run")));
            } else if (baseImpl.belowResolution() != null || newImpl.belowResolution() != null) {
                // A score that measures nothing is never divided by.
                unmatched.add(new Unmatched(story, baseImpl.impl(), baseImpl.status().label(), newImpl.status().label(),
                        "below resolution in " + (baseImpl.belowResolution() == null ? "NEW" : newImpl.belowResolution() == null
                                ? "BASE" : "both runs") + ": no ratio"));
            } else {
                double[] baseSamples = checked(base, story, baseImpl);
                double[] newSamples = checked(current, story, newImpl);
                rows.add(row(baseImpl, baseSamples, newImpl, newSamples));
                unsettled(story, baseImpl, "BASE", warnings);
                unsettled(story, newImpl, "NEW", warnings);
            }
        }
        newImpls.values().forEach(impl -> unmatched.add(new Unmatched(story, impl.impl(), null, impl.status().label(), "only in NEW")));
        Double geometricMean = rows.isEmpty() ? null
                : StatUtils.geometricMean(rows.stream().mapToDouble(Row::ratio).toArray());
        return new StoryComparison(story, baseStory.unit(), List.copyOf(rows), geometricMean);
    }

    private Row row(ImplementationResult base, double[] baseSamples, ImplementationResult current, double[] newSamples) {
        double ratio = current.score() / base.score();
        Double low = null;
        Double high = null;
        if (base.ciLow() != null && base.ciHigh() != null && current.ciLow() != null && current.ciHigh() != null) {
            // NEW / BASE is the "speedup" of BASE over NEW: same interval rule as the claims
            Verdicts.Speedup interval = Verdicts.speedup(current.score(), current.ciLow(), current.ciHigh(),
                    base.score(), base.ciLow(), base.ciHigh());
            low = Verdicts.finite(interval.low());
            high = Verdicts.finite(interval.high());
        }
        Double p = pValue(baseSamples, newSamples);
        return new Row(base.impl(), base.score(), current.score(), ratio, low, high, p, baseSamples.length,
                newSamples.length, change(ratio, p));
    }

    /** Welch's t-test (unequal variances); null when it cannot be computed. */
    static Double pValue(double[] base, double[] current) {
        if (base.length < 2 || current.length < 2
                || (StatUtils.variance(base) == 0 && StatUtils.variance(current) == 0)) {
            return null;
        }
        return Verdicts.finite(new TTest().tTest(base, current));
    }

    private Change change(double ratio, Double p) {
        if (p == null || p >= criteria.alpha()) {
            return Change.NOT_SIGNIFICANT;
        }
        if (ratio > 1 + criteria.threshold()) {
            return Change.REGRESSION;
        }
        if (ratio < 1 - criteria.threshold()) {
            return Change.IMPROVEMENT;
        }
        return Change.WITHIN_THRESHOLD;
    }

    private static boolean measured(ImplementationResult impl) {
        return impl.status() == Status.OK && impl.measured();
    }

    /**
     * The row's raw samples (each fork's steady segment when it has a steady state), which must average to the
     * summary's score (the score is their mean).
     */
    private static double[] checked(Side side, String story, ImplementationResult impl) {
        double[] samples = side.samples().of(story, impl);
        double mean = StatUtils.mean(samples);
        if (samples.length == 0 || Math.abs(mean - impl.score()) > SAME_MEAN * impl.score()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %s of %s has score %s in summary.json but its %d raw samples average %s (edited?)",
                    side.dir(), impl.impl(), story, impl.score(), samples.length, mean));
        }
        return samples;
    }

    /**
     * Which of the input's fields differ, e.g. {@code  in prototype_sha256, inputs} (a story that records digests of
     * its code there, as a folder story does, is told apart from one whose code changed), or nothing when the
     * inputs are not objects.
     */
    static String differingFields(Object base, Object current) {
        if (base instanceof Map<?, ?> before && current instanceof Map<?, ?> after) {
            java.util.Set<Object> keys = new java.util.LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            List<String> differ = keys.stream().filter(key -> !Objects.equals(before.get(key), after.get(key)))
                    .map(String::valueOf).toList();
            if (!differ.isEmpty()) {
                return " (they differ in " + String.join(", ", differ) + ")";
            }
        }
        return "";
    }

    /** A row that is not steady or whose forks disagree, by its class; in older runs, one that had not settled. */
    private static void unsettled(String story, ImplementationResult impl, String side, List<String> warnings) {
        if (impl.steadyState() != null) {
            Steadiness.warnings(story + " " + impl.impl() + " in " + side, impl.steadyState()).forEach(warning -> warnings.add(
                    warning + (impl.steadyState().steady() ? "" : "; its ratio may reflect warm-up or drift, not the change")));
        } else if (Boolean.FALSE.equals(impl.settled())) {
            String drift = impl.drift() == null ? "" : String.format(Locale.ROOT, " (%+.1f%% drift over a fork)", impl.drift() * 100);
            warnings.add(story + " " + impl.impl() + " was unsettled in " + side + drift
                    + ": its ratio may reflect warm-up, not the change");
        }
    }

    /** Settings under which numbers are not comparable, one warning per setting that differs. */
    static List<String> settingsDiffer(RunInfo base, RunInfo current) {
        List<String> warnings = new ArrayList<>();
        differ("mode", base.mode(), current.mode(), warnings);
        differ("guest runtime", base.runtime(), current.runtime(), warnings);
        differ("JDK", base.jdk(), current.jdk(), warnings);
        differ("GraalVM", base.graalvm(), current.graalvm(), warnings);
        differ("host", base.host(), current.host(), warnings);
        if (!base.complete()) {
            warnings.add("BASE " + base.id() + " is incomplete (stopped early or still running)");
        }
        if (!current.complete()) {
            warnings.add("NEW " + current.id() + " is incomplete (stopped early or still running)");
        }
        return warnings;
    }

    private static void differ(String setting, String base, String current, List<String> warnings) {
        if (!Objects.equals(base, current)) {
            warnings.add("the runs differ in " + setting + ": " + base + " (BASE) against " + current
                    + " (NEW); numbers measured under different settings are not comparable");
        }
    }

    private static int count(List<StoryComparison> stories, Change change) {
        return (int) stories.stream().flatMap(story -> story.rows().stream()).filter(row -> row.change() == change).count();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    private static RunRef ref(Side side) {
        RunInfo run = side.summary().run();
        return new RunRef(run.id(), side.dir(), run.mode(), run.runtime(), run.git(), run.started());
    }
}
