package oxbench.cli;

/** Bad input from the user: reported as one line on stderr with exit code 2, never a stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
