package oxbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.List;
import oxbench.results.Json;

/** The frame every oxbench HTML page shares: style, error recording, chart data, chart library, tables. */
public final class HtmlPage {
    /** Records every error and console error before anything else runs, for the browser test and the reader. */
    private static final String RECORD_ERRORS = """
            <script>
            window.oxbenchErrors = [];
            window.addEventListener('error', function (e) { window.oxbenchErrors.push(String(e.message)); });
            window.addEventListener('unhandledrejection', function (e) { window.oxbenchErrors.push(String(e.reason)); });
            (function () {
              var original = console.error;
              console.error = function () {
                window.oxbenchErrors.push(Array.prototype.join.call(arguments, ' '));
                original.apply(console, arguments);
              };
            })();
            </script>
            """;

    private static final String STYLE = """
            <style>
            body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1180px; padding: 0 16px; color: #222; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            .chart { width: 100%; height: 420px; margin: 8px 0 16px; }
            .trend { width: 100%; height: 300px; margin: 4px 0 12px; }
            blockquote { color: #555; border-left: 3px solid #ccc; margin: 8px 0; padding-left: 10px; }
            .note { background: #fff4d6; padding: 6px 10px; }
            .regression { color: #d62728; font-weight: bold; }
            #oxbench-check { display: none; }
            </style>
            """;

    private HtmlPage() {}

    /** The library as an inline script: a page that works on its own, offline. */
    public static String inlineLibrary() {
        return "<script>/* Apache ECharts " + ChartLibrary.version() + ", Apache License 2.0 */\n" + ChartLibrary.library()
                + "\n</script>\n";
    }

    /** The library as a file beside the page ({@code path} relative to it). */
    public static String linkedLibrary(String path) {
        return "<script src=\"" + escape(path) + "\"></script>\n";
    }

    /** A whole page: {@code body} is HTML, {@code charts} the data of the chart elements it holds. */
    public static String page(String title, String body, List<? extends ChartData.Chart> charts, String library) {
        String data;
        try {
            data = scriptSafe(Json.MAPPER.writeValueAsString(charts));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + STYLE + RECORD_ERRORS + library + "</head>\n<body>\n" + body
                + "<pre id=\"oxbench-check\"></pre>\n"
                + "<script type=\"application/json\" id=\"oxbench-charts\">" + data + "</script>\n"
                + "<script>\n" + ChartLibrary.pageScript() + "</script>\n</body>\n</html>\n";
    }

    /**
     * JSON that can sit inside a script element: markup characters (they occur only inside JSON strings)
     * as \\u escapes, so that no "</script>" or comment opener in the data can end the element early.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The element a chart is drawn into. */
    public static String chart(ChartData.Chart chart, String cssClass) {
        return "<div class=\"" + escape(cssClass) + "\" id=\"" + escape(chart.id()) + "\"></div>\n";
    }

    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table>\n<tr>");
        header.forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
