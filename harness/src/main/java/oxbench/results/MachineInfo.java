package oxbench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Facts about the machine and the checkout a run happened on. */
public final class MachineInfo {
    private MachineInfo() {}

    /** The CPU model from /proc/cpuinfo, or the JVM's architecture name elsewhere. */
    public static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    /** E.g. "Debian GNU/Linux 12 (bookworm), Linux 6.1.0 amd64". */
    public static String os() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", " + kernel;
                }
            }
        } catch (IOException e) {
            // no os-release: the kernel alone
        }
        return kernel;
    }

    public static String jdk() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
    }

    public static String host() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        String fromCommand = command(Path.of("."), "hostname");
        return fromCommand.isEmpty() ? "unknown" : fromCommand;
    }

    /** The checkout's commit, with "-dirty" when it has uncommitted changes; "unknown" outside git. */
    public static String git(Path checkout) {
        String described = command(checkout, "git", "describe", "--always", "--dirty", "--abbrev=12");
        return described.isEmpty() ? "unknown" : described;
    }

    private static String command(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command))
                    .directory(dir.toFile())
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return "";
            }
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
