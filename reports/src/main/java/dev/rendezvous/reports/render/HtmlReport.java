package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Xml.escape;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.FailingCase;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.util.Map;

/**
 * One results file as one self-contained HTML page: the run, a summary by verdict, then every
 * clause with its ID, level, quoted sentence, verdict, reason, cases and duration, and for a
 * failure the shrunk counterexample and the replay command.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** The page for {@code r}. */
    public static String render(Results r) {
        StringBuilder b = new StringBuilder();
        b.append(HtmlPage.start("Rendezvous conformance: " + r.implementation().title()));
        b.append("<h1>Rendezvous conformance: ")
                .append(escape(r.implementation().title()))
                .append("</h1>\n");
        Conformance verdict = Conformance.of(r);
        b.append("<p class=\"conformant\" id=\"conformance\" data-conformant=\"")
                .append(verdict.conformant())
                .append("\" data-certified=\"")
                .append(verdict.certified())
                .append("\">")
                .append(escape(verdict.marked()))
                .append("</p>\n");
        b.append("<p class=\"gate\" id=\"gate\" data-gate=\"")
                .append(verdict.gatePassed())
                .append("\">Gate: ")
                .append(escape(verdict.gate()))
                .append("</p>\n");
        runTable(r, b);
        summaryTable(r, b);
        failureLinks(r, b);
        b.append("<h2>Clauses</h2>\n");
        for (ClauseOutcome c : r.clauses()) {
            clause(r, c, b);
        }
        b.append(HtmlPage.end());
        return b.toString();
    }

    private static void runTable(Results r, StringBuilder b) {
        b.append("<table class=\"run\" id=\"run\">\n");
        row(b, "Kit", r.kit().name() + " " + r.kit().version());
        row(b, "Implementation", r.implementation().title());
        row(b, "Class", r.implementation().className());
        row(b, "Features claimed", r.features().isEmpty() ? "none" : String.join(", ", r.features()));
        row(b, "Seed", String.valueOf(r.seed()));
        row(b, "Tries per property", String.valueOf(r.tries()));
        row(b, "Strict", r.strict() ? "yes: NOT_VERIFIED counts as FAILED" : "no");
        b.append("<tr><th>Timing</th><td>")
                .append(HtmlKeyValues.table(r.timing()))
                .append("</td></tr>\n");
        b.append("<tr><th>Environment</th><td>")
                .append(HtmlKeyValues.table(r.environment()))
                .append("</td></tr>\n");
        if (r.provenance() != null && r.provenance().date() != null) {
            row(b, "Date", r.provenance().date());
        }
        b.append("</table>\n");
    }

    private static void summaryTable(Results r, StringBuilder b) {
        b.append("<table class=\"summary\" id=\"summary\">\n<tr><th>Verdict</th><th>Clauses</th></tr>\n");
        for (Map.Entry<Verdict, Integer> e : r.counts().entrySet()) {
            b.append("<tr data-verdict=\"")
                    .append(e.getKey().name())
                    .append("\"><td>")
                    .append(HtmlPage.verdict(e.getKey()))
                    .append("</td><td class=\"count\">")
                    .append(e.getValue())
                    .append("</td></tr>\n");
        }
        b.append("<tr data-verdict=\"TOTAL\"><th>Total</th><td class=\"count\">")
                .append(r.clauses().size())
                .append("</td></tr>\n</table>\n");
    }

    private static void failureLinks(Results r, StringBuilder b) {
        if (r.withVerdict(Verdict.FAILED).isEmpty()) {
            return;
        }
        b.append("<p>Failed: ");
        String sep = "";
        for (ClauseOutcome c : r.withVerdict(Verdict.FAILED)) {
            b.append(sep)
                    .append("<a href=\"#")
                    .append(HtmlPage.anchor(c.id()))
                    .append("\">")
                    .append(escape(c.id()))
                    .append("</a>");
            sep = ", ";
        }
        b.append("</p>\n");
    }

    private static void clause(Results r, ClauseOutcome c, StringBuilder b) {
        b.append("<section class=\"clause v-")
                .append(c.verdict().name())
                .append("\" id=\"")
                .append(HtmlPage.anchor(c.id()))
                .append("\" data-clause=\"")
                .append(escape(c.id()))
                .append("\" data-verdict=\"")
                .append(c.verdict().name())
                .append("\">\n");
        b.append("<h2><code class=\"id\">")
                .append(escape(c.id()))
                .append("</code> <span class=\"level\">")
                .append(escape(c.level()))
                .append("</span> ")
                .append(HtmlPage.verdict(c.verdict()))
                .append("</h2>\n");
        b.append("<blockquote class=\"quote\">").append(escape(c.quote())).append("</blockquote>\n<dl>\n");
        if (!c.checks().isEmpty()) {
            term(b, "Checks", escape(c.checks()));
        }
        term(b, "Reason", "<span class=\"reason\">" + escape(c.reason()) + "</span>");
        term(b, "Cases", "<span class=\"cases\">" + c.cases() + "</span>");
        term(b, "Duration", "<span class=\"duration\">" + c.durationMillis() + " ms</span>");
        b.append("</dl>\n");
        if (c.counterexample() != null) {
            counterexample(c.counterexample(), b);
        }
        ReplayCommand.of(r, c)
                .ifPresent(cmd -> b.append("<p>Replay this case exactly:</p>\n<pre class=\"replay\">")
                        .append(escape(cmd))
                        .append("</pre>\n"));
        b.append("</section>\n");
    }

    private static void counterexample(FailingCase x, StringBuilder b) {
        b.append("<div class=\"counterexample\">\n<p><strong>Counterexample</strong>");
        if (!x.property().isEmpty()) {
            b.append(" of <code class=\"property\">")
                    .append(escape(x.property()))
                    .append("</code>");
        }
        if (x.shrinkRuns() > 0) {
            b.append(" (").append(escape(CounterexampleText.shrunk(x))).append(')');
        }
        b.append("</p>\n<p class=\"message\">").append(escape(x.message())).append("</p>\n");
        b.append("<ol class=\"calls\">\n");
        for (String call : x.calls()) {
            b.append("<li><code>").append(escape(call)).append("</code></li>\n");
        }
        b.append("</ol>\n");
        if (!x.detail().isBlank()) {
            b.append("<pre class=\"detail\">").append(escape(x.detail())).append("</pre>\n");
        }
        b.append("</div>\n");
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("<tr><th>")
                .append(escape(name))
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>\n");
    }

    private static void term(StringBuilder b, String name, String html) {
        b.append("<dt>").append(escape(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
