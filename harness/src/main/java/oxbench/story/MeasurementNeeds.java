package oxbench.story;

/**
 * What an implementation declares about how it is measured, for a measurement policy to turn into
 * plans: what kind of code it times (guest code waits for the Truffle JIT, host code for C2 only).
 * How long it warms up and measures is the policy's to decide from what it sees, not the row's.
 *
 * @param kind what kind of code the implementation times
 */
public record MeasurementNeeds(CodeKind kind) {
    public MeasurementNeeds {
        if (kind == null) {
            throw new IllegalArgumentException("an implementation must say what kind of code it times");
        }
    }

    /** Code of this kind. */
    public static MeasurementNeeds of(CodeKind kind) {
        return new MeasurementNeeds(kind);
    }
}
