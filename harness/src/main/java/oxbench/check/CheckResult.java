package oxbench.check;

import oxbench.summary.Status;

/**
 * The outcome of comparing one implementation's output with the baseline's, before any timing.
 *
 * @param digest  SHA-256 of the implementation's output lines (null when it failed)
 * @param message why it failed or how it differs (null when ok)
 */
public record CheckResult(String impl, Status status, String digest, String message) {
    public boolean ok() {
        return status == Status.OK;
    }
}
