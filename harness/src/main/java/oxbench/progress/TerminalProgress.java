package oxbench.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One status line rewritten in place (carriage return, erase to end of line): elapsed time, story,
 * implementation, phase and the estimated time left. Notes are printed above it and kept.
 */
public final class TerminalProgress implements Progress {
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long start;
    private final int columns;
    private String status;

    /**
     * @param nanoTime the clock (System::nanoTime; a fake one in tests)
     * @param columns  the terminal's width: the status line is cut to fit, since a wrapped line cannot be rewritten
     */
    public TerminalProgress(PrintStream out, LongSupplier nanoTime, int columns) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.columns = Math.max(20, columns);
    }

    @Override
    public void note(String line) {
        out.print(CLEAR_LINE + line + "\n");
        if (status != null) {
            out.print(status);
        }
        out.flush();
    }

    @Override
    public void step(Step step) {
        String elapsed = clock((nanoTime.getAsLong() - start) / 1e9);
        StringBuilder text = new StringBuilder("[").append(elapsed).append("] ").append(step.story());
        if (step.impl() != null) {
            text.append(" > ").append(step.impl());
        }
        text.append(": ").append(step.phase());
        if (step.remainingSeconds() != null) {
            text.append(", about ").append(clock(step.remainingSeconds())).append(" left");
        }
        String line = text.length() > columns - 1 ? text.substring(0, columns - 2) + "~" : text.toString();
        status = CLEAR_LINE + line;
        out.print(status);
        out.flush();
    }

    @Override
    public void done() {
        if (status != null) {
            out.print(CLEAR_LINE);
            status = null;
        }
        out.flush();
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
