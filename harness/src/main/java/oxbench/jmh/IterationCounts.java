package oxbench.jmh;

import java.lang.reflect.Field;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Ends a JMH fork's warm-up or measurement loop early. JMH 1.37 has no adaptive mode: its forked VM
 * runs {@code for (i = 1; i <= params.getCount(); i++)} over the {@link IterationParams} it was given,
 * re-reading the count every time round. Lowering that count from inside the fork (by
 * {@link ForkStopper}, after an iteration) is the one way to stop early that keeps JMH's own results,
 * its JSON and its trial tear-down intact. The field is JMH's, found by reflection; if a JMH version
 * ever lacks it, {@link #check()} fails the run before anything is measured.
 */
final class IterationCounts {
    private static final Field COUNT = field();

    private IterationCounts() {}

    private static Field field() {
        for (Class<?> type = IterationParams.class; type != null; type = type.getSuperclass()) {
            try {
                Field count = type.getDeclaredField("count");
                count.setAccessible(true);
                return count;
            } catch (NoSuchFieldException e) {
                // JMH pads its parameter classes with superclasses: the field is in one of them
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Fails when this JMH's loop counts cannot be lowered (then no fork can stop early). */
    static void check() {
        if (COUNT == null || COUNT.getType() != int.class) {
            throw new IllegalStateException("this JMH has no IterationParams.count to lower: adaptive plans need JMH 1.37"
                    + " (use --plan fixed)");
        }
    }

    /** Makes {@code params} end after iteration {@code count} (1-based); a larger count than it has changes nothing. */
    static void endAfter(IterationParams params, int count) {
        check();
        try {
            if (count < COUNT.getInt(params)) {
                COUNT.setInt(params, count);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot lower JMH's iteration count: " + e.getMessage(), e);
        }
    }
}
