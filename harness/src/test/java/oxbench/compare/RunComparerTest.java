package oxbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import oxbench.compare.RunComparison.Change;
import oxbench.compare.RunComparison.Row;
import oxbench.compare.RunComparison.Unmatched;
import oxbench.compare.RunFixture.Impl;
import oxbench.history.RunHistory;
import oxbench.summary.Summary;
import org.junit.jupiter.api.Test;

class RunComparerTest {
    private static final double[] STEADY = {100, 101, 99, 100.5, 99.5, 100, 101, 99, 100.5, 99.5};

    private static double[] times(double factor, double[] samples) {
        return java.util.Arrays.stream(samples).map(sample -> sample * factor).toArray();
    }

    private static RunComparison compare(RunFixture base, RunFixture current) {
        return new RunComparer(new RunComparer.Criteria(RunComparer.ALPHA, RunComparer.THRESHOLD))
                .compare(base.side(), current.side());
    }

    private static Row only(RunComparison comparison) {
        return comparison.stories().getFirst().rows().getFirst();
    }

    private static RunComparison oneRow(double[] base, double[] current) {
        return compare(new RunFixture("base").story("s", Impl.ok("rust@ffm", base)),
                new RunFixture("new").story("s", Impl.ok("rust@ffm", current)));
    }

    @Test
    void identicalSamplesAreNotSignificantAndTheRatioIsOne() {
        RunComparison comparison = oneRow(STEADY, STEADY);
        Row row = only(comparison);
        assertEquals(1.0, row.ratio());
        assertEquals(1.0, row.pValue(), 1e-12);
        assertEquals(Change.NOT_SIGNIFICANT, row.change());
        assertTrue(row.low() < 1 && row.high() > 1, row.toString());
        assertEquals(10, row.baseSamples());
        assertEquals(1, comparison.compared());
        assertEquals(0, comparison.regressions());
        assertTrue(comparison.warnings().isEmpty(), comparison.warnings().toString());
    }

    @Test
    void aClearlySlowerRowIsARegression() {
        RunComparison comparison = oneRow(STEADY, times(1.2, STEADY));
        Row row = only(comparison);
        assertEquals(1.2, row.ratio(), 1e-12);
        assertTrue(row.pValue() < 1e-6, row.toString());
        assertEquals(Change.REGRESSION, row.change());
        assertTrue(row.low() > 1.1 && row.high() < 1.3, row.toString());
        assertEquals(1, comparison.regressions());
        assertTrue(comparison.regressed());
    }

    @Test
    void aSignificantSlowdownWithinTheThresholdIsNotARegression() {
        Row row = only(oneRow(STEADY, times(1.03, STEADY)));
        assertTrue(row.pValue() < RunComparer.ALPHA, row.toString());
        assertEquals(Change.WITHIN_THRESHOLD, row.change());
    }

    @Test
    void aLargeButNoisyDifferenceIsNotSignificant() {
        Row row = only(oneRow(new double[] {50, 150, 60, 140}, new double[] {70, 170, 80, 160}));
        assertEquals(1.2, row.ratio(), 1e-12);
        assertEquals(Change.NOT_SIGNIFICANT, row.change());
    }

    @Test
    void aClearlyFasterRowIsAnImprovement() {
        RunComparison comparison = oneRow(STEADY, times(0.5, STEADY));
        assertEquals(Change.IMPROVEMENT, only(comparison).change());
        assertEquals(1, comparison.improvements());
        assertEquals(0, comparison.regressions());
    }

    @Test
    void rowsWithoutACounterpartMeasuredInTheOtherRunAreListed() {
        RunFixture base = new RunFixture("base")
                .story("s", Impl.ok("a", STEADY), Impl.ok("gone", STEADY), new Impl("broken", "failed"))
                .story("old", Impl.ok("x", STEADY));
        RunFixture current = new RunFixture("new")
                .story("s", Impl.ok("a", STEADY), Impl.ok("broken", STEADY), Impl.ok("added", STEADY))
                .story("fresh", new Impl("y", "mismatch"));
        RunComparison comparison = compare(base, current);
        assertEquals(List.of("a"), comparison.stories().getFirst().rows().stream().map(Row::impl).toList());
        assertEquals(1, comparison.compared());
        assertFalse(comparison.nothingCompared());
        assertEquals(List.of(
                new Unmatched("s", "gone", "ok", null, "only in BASE"),
                new Unmatched("s", "broken", "failed", "ok", "not measured in BASE"),
                new Unmatched("s", "added", null, "ok", "only in NEW"),
                new Unmatched("old", "x", "ok", null, "story only in BASE"),
                new Unmatched("fresh", "y", null, "mismatch", "story only in NEW")), comparison.unmatched());
    }

    @Test
    void runsWithoutARowMeasuredInBothHaveNothingCompared() {
        RunComparison comparison = compare(new RunFixture("base").story("s", Impl.ok("a", STEADY), new Impl("b", "failed")),
                new RunFixture("new").story("s", new Impl("a", "failed"), Impl.ok("b", STEADY)).story("t", Impl.ok("c", STEADY)));
        assertEquals(0, comparison.compared());
        assertTrue(comparison.nothingCompared());
        assertFalse(comparison.regressed());
        assertTrue(ComparisonFormat.MARKDOWN.render(comparison).contains("**Nothing was compared**"));
    }

    @Test
    void theGeometricMeanSummarisesAStory() {
        RunComparison comparison = compare(
                new RunFixture("base").story("s", Impl.ok("a", STEADY), Impl.ok("b", STEADY)),
                new RunFixture("new").story("s", Impl.ok("a", times(2, STEADY)), Impl.ok("b", times(8, STEADY))));
        assertEquals(4.0, comparison.stories().getFirst().geometricMean(), 1e-9);
    }

    @Test
    void differentSettingsAreWarnedAbout() {
        RunComparison comparison = compare(new RunFixture("base").story("s", Impl.ok("a", STEADY)),
                new RunFixture("new").mode("full").host("other").story("s", Impl.ok("a", STEADY)));
        assertEquals(2, comparison.warnings().size(), comparison.warnings().toString());
        assertTrue(comparison.warnings().getFirst().startsWith("the runs differ in mode: quick (BASE) against full (NEW)"));
        assertTrue(comparison.warnings().get(1).startsWith("the runs differ in host: host (BASE) against other (NEW)"));
    }

    @Test
    void aWarningAboutDifferentInputsNamesTheFieldsThatDiffer() {
        assertEquals(" (they differ in inputs, prototype_sha256)", RunComparer.differingFields(
                new java.util.TreeMap<>(java.util.Map.of("manifest_sha256", "a", "prototype_sha256", "b", "inputs", java.util.List.of("x"))),
                new java.util.TreeMap<>(java.util.Map.of("manifest_sha256", "a", "prototype_sha256", "c", "inputs", java.util.List.of("y")))));
        assertEquals(" (they differ in port_sha256)", RunComparer.differingFields(java.util.Map.of("files", 3),
                java.util.Map.of("files", 3, "port_sha256", "d")));
        assertEquals("", RunComparer.differingFields("one corpus", "another"));
    }

    @Test
    void samplesThatDoNotAverageToTheSummarysScoreAreRejected() {
        RunFixture base = new RunFixture("base").story("s", Impl.ok("a", STEADY));
        RunFixture edited = new RunFixture("new").story("s", Impl.ok("a", STEADY));
        RunComparer.Side side = new RunComparer.Side("new", edited.summary(), (story, impl) -> times(1.5, STEADY));
        String message = assertThrows(IllegalArgumentException.class,
                () -> new RunComparer(new RunComparer.Criteria(0.01, 0.05)).compare(base.side(), side)).getMessage();
        assertTrue(message.contains("a of s has score 100.0 in summary.json but its 10 raw samples average 150.0"), message);
    }

    @Test
    void aRowWithASteadyStateIsComparedOnItsSteadySegmentAndWarnedAboutByItsClass(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // the first two measured iterations are still warming up; the steady state says the steady segment begins after them
        double[] fork = {300, 200, 100, 101, 99, 100, 102, 98, 100, 100};
        Summary.SteadyState warmup = new Summary.SteadyState("warmup", true,
                List.of(new Summary.ForkState("warmup", List.of(7), 7, 5, 15, "capped", "target")), 0.02, true);
        Summary.SteadyState none = new Summary.SteadyState("no-steady-state", true,
                List.of(new Summary.ForkState("no-steady-state", List.of(7), 7, 5, 15, "capped", "capped")), 0.02, false);
        Path base = new RunFixture("base").story("s", Impl.ok("a", fork)).steadyState("a", warmup).writeTo(dir.resolve("base"));
        Path current = new RunFixture("new").story("s", Impl.ok("a", fork)).steadyState("a", none).writeTo(dir.resolve("new"));
        RunHistory history = new RunHistory(dir);
        RunComparison comparison = new RunComparer(new RunComparer.Criteria(RunComparer.ALPHA, RunComparer.THRESHOLD)).compare(
                new RunComparer.Side("base", history.open(base.toString()).summary(), new RunSamples(base)),
                new RunComparer.Side("new", history.open(current.toString()).summary(), new RunSamples(current)));
        Row row = only(comparison);
        assertEquals(100.0, row.baseScore(), 1e-9, "the score is the steady segment's mean");
        assertEquals(8, row.baseSamples());
        assertEquals(List.of("s a in NEW has no steady state: its number is not a steady score; its ratio may reflect warm-up"
                + " or drift, not the change"), comparison.warnings());
    }

    @Test
    void withoutTwoSamplesOrAnyVarianceThereIsNoTest() {
        assertNull(RunComparer.pValue(new double[] {1}, new double[] {1, 2}));
        assertNull(RunComparer.pValue(new double[] {1, 1}, new double[] {2, 2}));
        assertEquals(Change.NOT_SIGNIFICANT, only(oneRow(new double[] {100}, new double[] {200})).change());
    }

    @Test
    void criteriaOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RunComparer.Criteria(0, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new RunComparer.Criteria(0.01, -0.1));
    }
}
