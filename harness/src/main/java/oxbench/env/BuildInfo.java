package oxbench.env;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions fixed at build time (oxbench itself, the GraalVM line, JMH). */
public final class BuildInfo {
    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    public static String version() { return PROPERTIES.getProperty("version"); }

    public static String graalvm() { return PROPERTIES.getProperty("graalvm"); }

    public static String jmh() { return PROPERTIES.getProperty("jmh"); }

    private static Properties load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/oxbench/build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
