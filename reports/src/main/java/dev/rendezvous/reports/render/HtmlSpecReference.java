package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Xml.escape;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.catalogue.Clause;
import java.util.List;
import java.util.Optional;

/** The spec-reference document as a self-contained HTML page. */
public final class HtmlSpecReference {
    private HtmlSpecReference() {}

    /** The page for the shipped contract, with the verdicts of {@code results}. */
    public static String render(List<Results> results) {
        return render(new SpecReference(results));
    }

    /** The page for {@code doc}. */
    public static String render(SpecReference doc) {
        StringBuilder b = new StringBuilder(HtmlPage.start("The contract, sentence by sentence"));
        b.append("<h1>The contract, sentence by sentence</h1>\n");
        b.append("<p>Every sentence of the contract, in order. After each sentence that states behaviour come the ")
                .append("clauses that quote it, what the kit checks, and the verdict of ");
        b.append(doc.results().isEmpty() ? "no implementation (no results were given)" : implementations(doc));
        b.append(". Sentences that state no behaviour are marked so.</p>\n");
        int paragraph = -1;
        List<SpecSentences.Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SpecSentences.Sentence s = sentences.get(i);
            if (s.paragraph() != paragraph) {
                b.append(paragraph < 0 ? "" : "</div>\n").append("<div class=\"paragraph\">\n");
                paragraph = s.paragraph();
            }
            sentence(doc, i, s, b);
        }
        if (paragraph >= 0) {
            b.append("</div>\n");
        }
        if (!doc.unplaced().isEmpty()) {
            b.append("<h2>Clauses whose quote is not in this text</h2>\n<ul class=\"clauses\">\n");
            doc.unplaced().forEach(c -> clause(doc, c, b));
            b.append("</ul>\n");
        }
        if (!doc.unknownIds().isEmpty()) {
            b.append("<h2>Results for clauses this catalogue does not have</h2>\n<p>")
                    .append(escape(String.join(", ", doc.unknownIds())))
                    .append("</p>\n");
        }
        b.append(HtmlPage.end());
        return b.toString();
    }

    private static String implementations(SpecReference doc) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < doc.results().size(); i++) {
            s.append(i == 0 ? "" : ", ")
                    .append("<strong>")
                    .append(escape(doc.implementation(i)))
                    .append("</strong>");
        }
        return s.toString();
    }

    private static void sentence(SpecReference doc, int index, SpecSentences.Sentence s, StringBuilder b) {
        if (!s.behavioural()) {
            b.append("<p class=\"sentence plain\" data-behaviour=\"false\"><span class=\"text\">")
                    .append(escape(s.text()))
                    .append("</span> <span class=\"note\">(")
                    .append(SpecReference.NO_BEHAVIOUR)
                    .append(")</span></p>\n");
            return;
        }
        b.append("<p class=\"sentence\" data-behaviour=\"true\"><span class=\"text\">")
                .append(escape(s.text()))
                .append("</span></p>\n<ul class=\"clauses\">\n");
        for (Clause c : s.clauses()) {
            if (doc.firstMention(index, c)) {
                clause(doc, c, b);
            } else {
                b.append("<li class=\"clause continued\" data-clause=\"")
                        .append(escape(c.id()))
                        .append("\"><a href=\"#")
                        .append(HtmlPage.anchor(c.id()))
                        .append("\"><code>")
                        .append(escape(c.id()))
                        .append("</code></a> (continued from above)</li>\n");
            }
        }
        b.append("</ul>\n");
    }

    private static void clause(SpecReference doc, Clause c, StringBuilder b) {
        b.append("<li class=\"clause\" data-clause=\"")
                .append(escape(c.id()))
                .append("\" id=\"")
                .append(HtmlPage.anchor(c.id()))
                .append("\"><code>")
                .append(escape(c.id()))
                .append("</code> <em>")
                .append(c.level().name())
                .append("</em>");
        if (c.needsLab()) {
            b.append(" <span class=\"note\">(needs the network lab)</span>");
        }
        b.append("<br/>Checks: ").append(escape(c.checks()));
        if (!c.allowed().isEmpty()) {
            b.append("<br/>Allowed: ").append(escape(c.allowed()));
        }
        if (!c.notes().isEmpty()) {
            b.append("<br/><span class=\"note\">").append(escape(c.notes())).append("</span>");
        }
        if (!doc.results().isEmpty()) {
            b.append("\n<ul class=\"verdicts\">\n");
            for (int i = 0; i < doc.results().size(); i++) {
                Optional<ClauseOutcome> o = doc.outcome(i, c);
                b.append("<li data-implementation=\"")
                        .append(i)
                        .append("\">")
                        .append(escape(doc.implementation(i)))
                        .append(": ")
                        .append(o.map(x -> HtmlPage.verdict(x.verdict()) + " — " + escape(x.reason()))
                                .orElse(escape(Matrix.ABSENT)))
                        .append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</li>\n");
    }
}
