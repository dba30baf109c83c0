package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Xml.escape;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.util.List;
import java.util.Optional;

/** The clause × implementation matrix as a self-contained HTML page. */
public final class HtmlMatrix {
    private HtmlMatrix() {}

    /** The page for {@code results}, one column per file. */
    public static String render(List<Results> results) {
        Matrix m = new Matrix(results);
        StringBuilder b = new StringBuilder(HtmlPage.start("Rendezvous conformance matrix"));
        b.append("<h1>Rendezvous conformance matrix</h1>\n");
        b.append("<table class=\"matrix\" id=\"matrix\">\n<thead>\n<tr><th>Clause</th><th>Level</th>");
        List<String> headings = m.headings();
        for (int i = 0; i < headings.size(); i++) {
            Results r = m.columns().get(i);
            b.append("<th data-column=\"")
                    .append(i)
                    .append("\" title=\"")
                    .append(escape(r.implementation().className()))
                    .append("\">")
                    .append(escape(headings.get(i)))
                    .append("</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        for (String id : m.rows()) {
            b.append("<tr data-clause=\"")
                    .append(escape(id))
                    .append("\"><td><code>")
                    .append(escape(id))
                    .append("</code></td><td>")
                    .append(escape(m.level(id)))
                    .append("</td>");
            for (int i = 0; i < m.columns().size(); i++) {
                b.append(cell(m.cell(id, i)));
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n<tfoot>\n");
        for (Verdict v : Verdict.values()) {
            b.append("<tr data-total=\"")
                    .append(v.name())
                    .append("\"><th colspan=\"2\">")
                    .append(HtmlPage.verdict(v))
                    .append("</th>");
            for (int i = 0; i < m.columns().size(); i++) {
                b.append("<td class=\"count\">").append(m.count(i, v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("<tr data-total=\"GATE\"><th colspan=\"2\">Gate</th>");
        for (Results r : m.columns()) {
            b.append("<td>")
                    .append(Conformance.of(r).gatePassed() ? "✔ passed" : "✘ failed")
                    .append("</td>");
        }
        b.append("</tr>\n<tr data-total=\"CONFORMANT\"><th colspan=\"2\">Conformant</th>");
        for (Results r : m.columns()) {
            b.append("<td>").append(escape(Conformance.of(r).marked())).append("</td>");
        }
        b.append("</tr>\n</tfoot>\n</table>\n");
        b.append(HtmlPage.end());
        return b.toString();
    }

    private static String cell(Optional<ClauseOutcome> c) {
        if (c.isEmpty()) {
            return "<td data-verdict=\"ABSENT\">" + escape(Matrix.ABSENT) + "</td>";
        }
        return "<td data-verdict=\"" + c.get().verdict().name() + "\" title=\""
                + escape(c.get().reason()) + "\">" + HtmlPage.verdict(c.get().verdict()) + "</td>";
    }
}
