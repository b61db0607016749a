package oxbench.story;

import java.util.List;
import oxbench.summary.Summary.ImplementationResult;
import oxbench.summary.Summary.Scaling;

/** What a claim's rule may read: the run's measurements of the story, after every check and measurement. */
public interface Evidence {
    /** The unit of every score, e.g. {@code us/file}. */
    String unit();

    /**
     * How many of the guide's units one unit of work is on this input (see
     * {@link Story#claimUnitsPerUnit}), to show measured times beside the guide's.
     */
    double claimUnitsPerUnit();

    /** The implementation's row (measured or with the reason it was not), or null when it was not run. */
    ImplementationResult row(String impl);

    /** The story's scaling table, or null when it was measured at one size only. */
    Scaling scaling();

    /**
     * The story's claims checked in this run (those whose implementations all ran), for a rule whose
     * words depend on its siblings (which speedup claims are against a prototype outside the JVM).
     */
    List<Claim<?>> claims();
}
