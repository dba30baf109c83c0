package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Xml.escape;

import java.util.List;
import java.util.Map;

/** A map of the results file (timing, environment) as an HTML table, one row a key, nested maps as nested tables. */
final class HtmlKeyValues {
    private HtmlKeyValues() {}

    /** {@code m} as a table of class {@code kv}; "not recorded" when it is empty. */
    static String table(Map<?, ?> m) {
        if (m.isEmpty()) {
            return "not recorded";
        }
        StringBuilder b = new StringBuilder("<table class=\"kv\">");
        m.forEach((k, v) -> b.append("<tr><th>")
                .append(escape(String.valueOf(k)))
                .append("</th><td>")
                .append(value(v))
                .append("</td></tr>"));
        return b.append("</table>").toString();
    }

    private static String value(Object v) {
        if (v instanceof Map) {
            return table((Map<?, ?>) v);
        }
        if (v instanceof List) {
            StringBuilder b = new StringBuilder();
            for (Object e : (List<?>) v) {
                b.append(b.length() == 0 ? "" : ", ")
                        .append(e instanceof Map ? table((Map<?, ?>) e) : escape(String.valueOf(e)));
            }
            return b.toString();
        }
        return escape(String.valueOf(v)).replace("\n", "<br>");
    }
}
