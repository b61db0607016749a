package oxbench.progress;

import java.io.PrintStream;

/** Every step and note as its own line: for logs, CI and redirected output. */
public final class PlainProgress implements Progress {
    private final PrintStream out;

    public PlainProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void note(String line) {
        out.println(line);
    }

    @Override
    public void step(Step step) {
        if (step.line() != null) {
            out.println(step.line());
        }
    }

    @Override
    public void done() {
        out.flush();
    }
}
