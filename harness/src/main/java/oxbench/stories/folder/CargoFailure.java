package oxbench.stories.folder;

import java.nio.file.Path;

/** A cargo command that exited non-zero: the first error line of its output, and where its whole output is. */
public final class CargoFailure extends Exception {
    private final String firstError;
    private final Path log;

    public CargoFailure(String firstError, Path log) {
        super(firstError + " (cargo's whole output: " + log + ")");
        this.firstError = firstError;
        this.log = log;
    }

    /** The compiler's first {@code error...} line, with the location that follows it where there is one. */
    public String firstError() {
        return firstError;
    }

    /** The file holding everything cargo and the compiler printed. */
    public Path log() {
        return log;
    }
}
