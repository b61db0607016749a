package oxbench.progress;

import java.io.PrintStream;

/**
 * What {@code bench run} tells the user while it works. On a terminal one status line updates in
 * place ({@link TerminalProgress}); elsewhere (CI, a redirect) every step is a plain line
 * ({@link PlainProgress}).
 */
public interface Progress {
    /** A line to keep: a check's result, a warning, a failure. */
    void note(String line);

    /** What is being done now. */
    void step(Step step);

    /** Clears the status line, before the results are printed. */
    void done();

    /**
     * One step of the run.
     *
     * @param line             the step as a plain line (what a log shows), or null for a step only the status line shows
     * @param story            the story being run
     * @param impl             the implementation, or null for the story as a whole
     * @param phase            e.g. "preparing input", "warm-up 3/15", "measuring 2/5"
     * @param remainingSeconds about how long the current measurement has left (from the plans), or null if unknown
     */
    record Step(String line, String story, String impl, String phase, Double remainingSeconds) {
        /** A step of the story as a whole, shown as {@code "<story>: <phase>"}. */
        public static Step ofStory(String story, String phase) {
            return new Step(story + ": " + phase, story, null, phase, null);
        }
    }

    /** Status line on a terminal, plain lines otherwise (TERM=dumb counts as not a terminal). */
    static Progress to(PrintStream out) {
        java.io.Console console = System.console();
        boolean terminal = console != null && console.isTerminal() && !"dumb".equals(System.getenv("TERM"));
        if (!terminal) {
            return new PlainProgress(out);
        }
        int columns = 100;
        try {
            columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100"));
        } catch (NumberFormatException e) {
            // keep the default width
        }
        return new TerminalProgress(out, System::nanoTime, columns);
    }
}
