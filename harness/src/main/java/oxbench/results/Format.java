package oxbench.results;

import java.util.Locale;

/** How oxbench writes times, factors, shares and errors, the same in every table, report and sentence. */
public final class Format {
    private Format() {}
    /** A score in the unit JMH reported (e.g. "us/file"), shown in the most readable unit. */
    public static String time(double value, String unit) {
        double nanos = value * nanosPerScore(unit);
        if (nanos >= 1e9) {
            return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
        }
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
        }
        if (nanos >= 1e3) {
            return String.format(Locale.ROOT, "%.3f us", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f ns", nanos);
    }

    /** What a score unit counts: {@code file} of {@code us/file}. */
    public static String unitOfWork(String scoreUnit) {
        return scoreUnit.substring(scoreUnit.indexOf('/') + 1);
    }

    /** Nanoseconds in a score unit's time unit: 1000 for {@code us/file}. */
    public static double nanosPerScore(String scoreUnit) {
        return nanosPer(scoreUnit.substring(0, scoreUnit.indexOf('/')));
    }

    /** Nanoseconds in one time unit: "ns", "us", "ms" or "s". */
    public static double nanosPer(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> throw new IllegalArgumentException("unknown time unit " + unit);
        };
    }

    /** A plain number without trailing zeros: 9, 0.05, 2.5. */
    public static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A speedup factor: "1.0x", "37.2x", "1234x"; null or infinite (an unbounded interval end) is "inf". */
    public static String times(Double factor) {
        if (factor == null || Double.isInfinite(factor)) {
            return "inf";
        }
        return factor >= 100 ? String.format(Locale.ROOT, "%.0fx", factor) : String.format(Locale.ROOT, "%.3gx", factor);
    }

    public static String speedupWithInterval(double value, Double low, Double high) {
        return low == null ? times(value) : times(value) + " [" + times(low) + ", " + times(high) + "]";
    }

    public static String seconds(double seconds) {
        return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
    }

    /** An exception as one line: its type and first message line. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
