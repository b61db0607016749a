package oxbench.steady;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Comparator;

/**
 * How one fork's series of iteration times behaved, in Barrett et al.'s terms ("Virtual Machine
 * Warmup Blows Hot and Cold", OOPSLA 2017), from best to worst.
 */
public enum SteadyClass {
    /** No changepoint between segments that differ: steady from the first iteration. */
    FLAT("flat"),
    /** Earlier segments were slower than the last, which lasts to the end: steady after warming up. */
    WARMUP("warmup"),
    /** An earlier segment was faster than the last: it got slower and stayed so. */
    SLOWDOWN("slowdown"),
    /** The times still changed inside the measured window: there is no steady segment to score. */
    NO_STEADY_STATE("no-steady-state");

    private final String label;

    SteadyClass(String label) {
        this.label = label;
    }

    /** As written in summary.json and the reports. */
    @JsonValue
    public String label() {
        return label;
    }

    /** Whether a row of this class counts as steady (flat or warmup): its number can carry a verdict. */
    public boolean steady() {
        return this == FLAT || this == WARMUP;
    }

    /** The worst of {@code classes} (no-steady-state, slowdown, warmup, flat); flat when there are none. */
    public static SteadyClass worst(Collection<SteadyClass> classes) {
        return classes.stream().max(Comparator.naturalOrder()).orElse(FLAT);
    }

    /** The class labelled {@code label}, e.g. in a summary.json being read back. */
    public static SteadyClass of(String label) {
        for (SteadyClass steadyClass : values()) {
            if (steadyClass.label.equals(label)) {
                return steadyClass;
            }
        }
        throw new IllegalArgumentException("not a steady-state class: " + label);
    }
}
