package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Markdown.text;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.FailingCase;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.util.List;
import java.util.Map;

/**
 * One results file as Markdown short enough for a pull-request comment: the summary by
 * verdict, then the failed, unverified and expected-to-fail clauses with their reasons.
 * Passed and not-claimed clauses are only counted.
 */
public final class MarkdownReport {
    /** At most this many clauses are listed per verdict; the rest are counted. */
    static final int MAX_LISTED = 25;

    private static final int MAX_CALLS = 12;
    private static final int MAX_TEXT = 300;

    private MarkdownReport() {}

    /** The Markdown for {@code r}. */
    public static String render(Results r) {
        StringBuilder b = new StringBuilder();
        b.append("## Rendezvous conformance: ")
                .append(text(r.implementation().title()))
                .append(" — ")
                .append(text(Conformance.of(r).marked()))
                .append("\n\nGate: ")
                .append(text(Conformance.of(r).gate()))
                .append(".\n\n");
        b.append("Kit ")
                .append(text(r.kit().name() + " " + r.kit().version()))
                .append(", class ")
                .append(Markdown.code(r.implementation().className()))
                .append(", seed ")
                .append(r.seed())
                .append(r.strict() ? ", strict" : "")
                .append(".\n\n");
        b.append(Markdown.row("Verdict", "Clauses")).append(Markdown.delimiter(2));
        for (Map.Entry<Verdict, Integer> e : r.counts().entrySet()) {
            b.append(Markdown.row(e.getKey().marked(), String.valueOf(e.getValue())));
        }
        b.append(Markdown.row("Total", String.valueOf(r.clauses().size()))).append('\n');
        failures(r, b);
        others(r, Verdict.NOT_VERIFIED, "Not verified", b);
        others(r, Verdict.EXPECTED_FAILURE, "Expected failures (baseline)", b);
        others(r, Verdict.DID_NOT_REPRODUCE, "Did not reproduce (replay)", b);
        return b.toString();
    }

    private static void failures(Results r, StringBuilder b) {
        List<ClauseOutcome> failed = r.withVerdict(Verdict.FAILED);
        if (failed.isEmpty()) {
            return;
        }
        b.append("### ")
                .append(Verdict.FAILED.symbol())
                .append(" Failed (")
                .append(failed.size())
                .append(")\n\n");
        for (ClauseOutcome c : failed.subList(0, Math.min(MAX_LISTED, failed.size()))) {
            b.append("- **")
                    .append(text(c.id()))
                    .append("** (")
                    .append(text(c.level()))
                    .append("): ")
                    .append(text(FindingText.shortened(message(c), MAX_TEXT)))
                    .append('\n');
            FailingCase x = c.counterexample();
            if (x != null && !x.calls().isEmpty()) {
                List<String> calls =
                        x.calls().subList(0, Math.min(MAX_CALLS, x.calls().size()));
                String listed = CounterexampleText.calls(
                        new FailingCase(
                                x.property(),
                                x.message(),
                                calls,
                                x.choices(),
                                x.shrinkRuns(),
                                x.detail(),
                                x.shrinkPasses()),
                        "");
                if (calls.size() < x.calls().size()) {
                    listed += "… " + (x.calls().size() - calls.size()) + " more calls\n";
                }
                b.append('\n').append(indent(Markdown.codeBlock(listed))).append('\n');
            }
            ReplayCommand.of(r, c)
                    .ifPresent(cmd ->
                            b.append("  replay: ").append(Markdown.code(cmd)).append('\n'));
        }
        more(failed.size(), b);
        b.append('\n');
    }

    private static void others(Results r, Verdict v, String title, StringBuilder b) {
        List<ClauseOutcome> list = r.withVerdict(v);
        if (list.isEmpty()) {
            return;
        }
        b.append("### ")
                .append(v.symbol())
                .append(' ')
                .append(title)
                .append(" (")
                .append(list.size())
                .append(")\n\n");
        for (ClauseOutcome c : list.subList(0, Math.min(MAX_LISTED, list.size()))) {
            b.append("- **")
                    .append(text(c.id()))
                    .append("**: ")
                    .append(text(Markdown.shorten(c.reason(), MAX_TEXT)))
                    .append('\n');
        }
        more(list.size(), b);
        b.append('\n');
    }

    private static void more(int size, StringBuilder b) {
        if (size > MAX_LISTED) {
            b.append("- … and ").append(size - MAX_LISTED).append(" more: see the HTML report\n");
        }
    }

    private static String message(ClauseOutcome c) {
        return c.counterexample() != null && !c.counterexample().message().isBlank()
                ? c.counterexample().message()
                : c.reason();
    }

    private static String indent(String block) {
        return block.lines().map(l -> "  " + l).reduce("", (a, l) -> a + l + "\n");
    }
}
