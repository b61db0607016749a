package oxbench.results;

import oxbench.summary.Summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import oxbench.summary.Summary.BelowResolution;
import oxbench.summary.Summary.Floor;

/**
 * The smallest times this machine can honestly report: one CPU cycle (a chain of dependent calls
 * cannot take less per call) and the resolution of {@link System#nanoTime}, measured once per JVM.
 * A score under either measures nothing (the JIT folded the work away, or the timer cannot see it):
 * it is flagged, and never divided by.
 */
public final class TimingFloor {
    private static final Path MAX_FREQUENCY = Path.of("/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq");
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static Floor measured;

    private TimingFloor() {}

    /** This machine's floor, measured on first use. */
    public static synchronized Floor ofThisMachine() {
        if (measured == null) {
            Clock clock = clock(MAX_FREQUENCY, CPUINFO);
            double[] timer = timer();
            measured = new Floor(clock == null ? null : clock.mhz(), clock == null ? null : clock.source(),
                    clock == null ? null : 1000 / clock.mhz(), timer[0], timer[1]);
        }
        return measured;
    }

    /** A CPU clock in MHz and where it was read. */
    record Clock(double mhz, String source) {}

    /**
     * The fastest clock the CPU runs at: the cpufreq maximum (kHz) when the kernel exposes it,
     * otherwise the highest "cpu MHz" of /proc/cpuinfo (virtual machines often have no cpufreq);
     * null when neither is readable. The fastest clock gives the shortest cycle: the safe floor.
     */
    static Clock clock(Path maxFrequency, Path cpuinfo) {
        try {
            double khz = Double.parseDouble(Files.readString(maxFrequency).strip());
            if (khz > 0) {
                return new Clock(khz / 1000, maxFrequency.toString());
            }
        } catch (IOException | NumberFormatException e) {
            // no cpufreq: /proc/cpuinfo below
        }
        try {
            double mhz = Files.readAllLines(cpuinfo).stream()
                    .filter(line -> line.startsWith("cpu MHz"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(':') + 1).strip()))
                    .max().orElse(0);
            return mhz > 0 ? new Clock(mhz, cpuinfo + " (cpu MHz)") : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@code {granularity, latency}} of System.nanoTime in nanoseconds, as JMH's and hyperfine's
     * timer checks take them: the smallest non-zero step between two successive reads, and the mean
     * time of one read, over a warmed-up run of reads (the least of a few rounds, so a preemption
     * does not inflate it).
     */
    static double[] timer() {
        double granularity = Double.MAX_VALUE;
        double latency = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            int reads = 200_000;
            long smallest = Long.MAX_VALUE;
            long start = System.nanoTime();
            long last = start;
            for (int i = 0; i < reads; i++) {
                long now = System.nanoTime();
                if (now != last) {
                    smallest = Math.min(smallest, now - last);
                    last = now;
                }
            }
            latency = Math.min(latency, (double) (last - start) / reads);
            if (smallest != Long.MAX_VALUE) {
                granularity = Math.min(granularity, smallest);
            }
        }
        return new double[] {granularity, latency};
    }

    /**
     * The flag of a score, or null when it is a real measurement.
     *
     * @param nanosPerOp        the score in nanoseconds per unit of work
     * @param nanosPerTimedCall one timed invocation (all its units of work) in nanoseconds
     * @param unitOfWork        e.g. "call"
     */
    public static BelowResolution check(Floor floor, double nanosPerOp, double nanosPerTimedCall, String unitOfWork) {
        if (floor == null) {
            return null;
        }
        Double cycles = floor.cycleNanos() == null ? null : nanosPerOp / floor.cycleNanos();
        double resolution = floor.timerResolutionNanos();
        if (cycles != null && cycles < 1) {
            return new BelowResolution(String.format(Locale.ROOT,
                    "%.3g ns per %s is %.3g CPU cycles (%.0f MHz): less than one cycle per %s measures nothing"
                            + " (the JIT folded the work away)", nanosPerOp, unitOfWork, cycles, floor.cpuMhz(), unitOfWork),
                    cycles, nanosPerTimedCall, resolution);
        }
        if (nanosPerTimedCall < resolution) {
            return new BelowResolution(String.format(Locale.ROOT,
                    "one timed invocation takes %.3g ns, below the timer's resolution (%.3g ns)", nanosPerTimedCall,
                    resolution), cycles, nanosPerTimedCall, resolution);
        }
        return null;
    }

    /** The reason a ratio with {@code row} is not given, or null when it may be divided by. */
    public static String noRatio(Summary.ImplementationResult row) {
        return row == null || row.belowResolution() == null ? null
                : "no ratio: " + row.impl() + "'s score is below resolution (" + row.belowResolution().reason() + ")";
    }
}
