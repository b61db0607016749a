package oxbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Apache ECharts, read from its Maven Central webjar on the class path so that every page works
 * offline: the report inlines it, the dashboard writes it once beside its pages. Also the page
 * script ({@code charts.js}) that draws oxbench's charts with it and records what it drew.
 */
public final class ChartLibrary {
    private static final String WEBJAR = "META-INF/maven/org.webjars/echarts/pom.properties";

    private static String library;
    private static String pageScript;

    private ChartLibrary() {}

    /** The ECharts version found on the class path. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = resource(WEBJAR)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The minified library (about 1 MB). */
    public static synchronized String library() {
        if (library == null) {
            library = read("META-INF/resources/webjars/echarts/" + version() + "/echarts.min.js");
        }
        return library;
    }

    /** oxbench's drawing code: turns the page's chart data into ECharts options. */
    public static synchronized String pageScript() {
        if (pageScript == null) {
            pageScript = read("oxbench/report/charts.js");
        }
        return pageScript;
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ChartLibrary.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: rebuild with ./bench setup");
        }
        return in;
    }
}
