package oxbench.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import oxbench.summary.Summary.ForkState;
import oxbench.summary.Summary.SteadyState;

/**
 * A row's {@link SteadyState} in the words every reader of a run uses (reports, claim warnings,
 * {@code bench compare}), so that they all say the same thing about the same row.
 */
public final class Steadiness {
    private Steadiness() {}

    /** A class label of summary.json in a table's words: "flat", "warmup", "slowdown", "no steady state". */
    public static String words(String steadyClass) {
        return steadyClass == null ? "-" : steadyClass.replace('-', ' ');
    }

    /** The row's class for a table cell, with "inconsistent" when its forks disagree ("-" without a steady state). */
    public static String cell(SteadyState state) {
        return state == null ? "-" : cell(state.steadyClass(), state.consistent());
    }

    /** {@link #cell(SteadyState)} from a class label and whether the forks agree (null: not known). */
    public static String cell(String steadyClass, Boolean consistent) {
        return steadyClass == null ? "-" : words(steadyClass) + (Boolean.FALSE.equals(consistent) ? ", inconsistent" : "");
    }

    /** The short words beside a number whose row is not steady or whose forks disagree, e.g. ", no steady state"; empty otherwise. */
    public static String besideNumber(SteadyState state) {
        return state == null ? "" : besideNumber(state.steadyClass(), state.consistent());
    }

    /** {@link #besideNumber(SteadyState)} from a class label and whether the forks agree (null: not known). */
    public static String besideNumber(String steadyClass, Boolean consistent) {
        boolean steady = steadyClass == null || "flat".equals(steadyClass) || "warmup".equals(steadyClass);
        return steady && !Boolean.FALSE.equals(consistent) ? "" : ", " + cell(steadyClass, consistent);
    }

    /**
     * What weakens a verdict that reads the row called {@code what} (an implementation, or one at a
     * size), one line each: not steady, and inconsistent. Empty for a steady, consistent row or one
     * without a steady state (runs from before issue 18, read by {@code settled}).
     */
    public static List<String> warnings(String what, SteadyState state) {
        List<String> warnings = new ArrayList<>();
        if (state == null) {
            return warnings;
        }
        if (!state.steady()) {
            warnings.add(what + " " + classPhrase(state.steadyClass()) + ": its number is not a steady score");
        }
        if (!state.consistent()) {
            warnings.add(what + " is inconsistent: its forks disagree (" + forkClasses(state) + ")");
        }
        return warnings;
    }

    /** "has no steady state", "slowed down (slowdown)", or "is <class>". */
    private static String classPhrase(String steadyClass) {
        return switch (steadyClass == null ? "" : steadyClass) {
            case "no-steady-state" -> "has no steady state";
            case "slowdown" -> "slowed down and stayed slower (slowdown)";
            default -> "is " + words(steadyClass);
        };
    }

    /** Each fork's class in order, with where its steady segment began: "flat, warmup from iteration 14". */
    public static String forkClasses(SteadyState state) {
        return state.forks().stream().map(fork -> switch (fork.steadyClass()) {
            case "warmup" -> "warmup from iteration " + fork.steadyFrom();
            case "flat" -> "flat";
            default -> words(fork.steadyClass()) + changepoints(fork);
        }).collect(Collectors.joining(", "));
    }

    private static String changepoints(ForkState fork) {
        return fork.changepoints() == null || fork.changepoints().isEmpty() ? ""
                : " (changes at iteration " + fork.changepoints().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ")";
    }

    /** Whether the row was measured towards a target and its interval did not reach it. */
    public static boolean missedTarget(SteadyState state) {
        return state != null && state.target() != null && Boolean.FALSE.equals(state.reachedTarget());
    }

    /** "did not reach 2%: ±6.1%" for a score (of a row or point) that missed its target, else null. */
    public static String missedTarget(SteadyState state, Double score, Double error) {
        if (score == null || error == null || !missedTarget(state)) {
            return null;
        }
        return "did not reach " + target(state.target()) + ": ±" + Format.percent(error / score);
    }

    /**
     * Whether a row (or point) is known not to be a steady score: by its class when it has a steady
     * state, else by {@code settled} (runs from before issue 18).
     */
    public static boolean unsteady(SteadyState state, Boolean settled) {
        return state == null ? Boolean.FALSE.equals(settled) : !state.steady();
    }

    /** One value per fork, in order: "12, 14". */
    public static String perFork(List<ForkState> forks, ToIntFunction<ForkState> value) {
        return forks.stream().map(fork -> String.valueOf(value.applyAsInt(fork))).collect(Collectors.joining(", "));
    }

    /** The forks' reasons for a phase's end, once when they agree ("steady"), else per fork ("steady, capped"). */
    public static String reasons(List<ForkState> forks, Function<ForkState, String> reason) {
        List<String> all = forks.stream().map(reason).map(String::valueOf).toList();
        return all.stream().distinct().count() == 1 ? all.getFirst() : String.join(", ", all);
    }

    /** A target half-width such as 0.02 as "2%". */
    public static String target(double target) {
        return Format.number(Math.round(target * 10000) / 100.0) + "%";
    }
}
