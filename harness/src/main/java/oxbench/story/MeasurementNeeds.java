package oxbench.story;

/**
 * What an implementation declares about how it is measured, for a measurement policy to turn into
 * plans: what kind of code it times, and (while plans are fixed ahead) the plans of its own, where
 * it settles differently from the rest of its story.
 *
 * @param kind  what kind of code the implementation times
 * @param quick its own quick plan, or null for its story's ({@link Story#plans()})
 * @param full  its own full plan, or null for its story's
 */
public record MeasurementNeeds(CodeKind kind, Iterations quick, Iterations full) {
    public MeasurementNeeds {
        if (kind == null) {
            throw new IllegalArgumentException("an implementation must say what kind of code it times");
        }
    }

    /** Code of this kind measured with its story's plans. */
    public static MeasurementNeeds of(CodeKind kind) {
        return new MeasurementNeeds(kind, null, null);
    }

    /** These needs with quick and full plans of their own. */
    public MeasurementNeeds withPlans(Plans own) {
        return new MeasurementNeeds(kind, own.quick(), own.full());
    }

    /** These needs with a quick plan of their own (full runs keep the story's, or the full plan already set). */
    public MeasurementNeeds withQuick(Iterations own) {
        return new MeasurementNeeds(kind, own, full);
    }

    /** These needs with a full plan of their own (quick runs keep the story's, or the quick plan already set). */
    public MeasurementNeeds withFull(Iterations own) {
        return new MeasurementNeeds(kind, quick, own);
    }

    /** The implementation's own quick or full plan, or null when it takes its story's. */
    public Iterations own(boolean quick) {
        return quick ? this.quick : full;
    }
}
