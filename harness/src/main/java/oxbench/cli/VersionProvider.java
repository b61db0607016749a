package oxbench.cli;

import oxbench.env.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: oxbench's version and the versions it measures with. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "oxbench " + BuildInfo.version(),
            "GraalVM polyglot " + BuildInfo.graalvm() + ", JMH " + BuildInfo.jmh() + ", Java " + Runtime.version()
        };
    }
}
