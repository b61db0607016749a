package oxbench.proposal;

/**
 * Amdahl's law: what speeding up one function does for the whole program. If a share F of the
 * program's time is spent in the function and the function becomes s times faster, the program
 * becomes {@code 1 / ((1 - F) + F / s)} times faster.
 */
public final class Amdahl {
    private Amdahl() {}

    /**
     * @param share   F, the share of the program's time spent in the function, in (0, 1]
     * @param speedup s, the function's speedup (infinite: the function's time drops to nothing)
     */
    public static double overall(double share, double speedup) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the share must be in (0, 1], not " + share);
        }
        if (!(speedup > 0)) {
            throw new IllegalArgumentException("the speedup must be positive, not " + speedup);
        }
        return 1 / ((1 - share) + share / speedup);
    }

    /** The whole program's speedup for share F, with the ends of the function's speedup interval carried through. */
    public record Overall(double share, double value, double low, double high) {
        /** Part of the program's time saved: {@code 1 - 1 / overall}. */
        public double timeSaved() {
            return 1 - 1 / value;
        }
    }

    /** Amdahl's law over a speedup and its interval; an interval end of 0 or below gives a low end of 0. */
    public static Overall of(double share, double speedup, double low, double high) {
        return new Overall(share, overall(share, speedup), low > 0 ? overall(share, low) : 0, overall(share, high));
    }
}
