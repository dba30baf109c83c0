package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Markdown.text;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.catalogue.Clause;
import java.util.List;
import java.util.Optional;

/**
 * The spec-reference document as Markdown: each sentence a quote line ({@code > }), followed
 * by a list of its clauses ({@code - **ID**}) when it states behaviour, or marked
 * "no behaviour stated" when it does not.
 */
public final class MarkdownSpecReference {
    private MarkdownSpecReference() {}

    /** The document for the shipped contract, with the verdicts of {@code results}. */
    public static String render(List<Results> results) {
        return render(new SpecReference(results));
    }

    /** The document for {@code doc}. */
    public static String render(SpecReference doc) {
        StringBuilder b = new StringBuilder("# The contract, sentence by sentence\n\n");
        b.append("Every sentence of the contract, in order. After each sentence that states behaviour come the ")
                .append("clauses that quote it, what the kit checks, and the verdict of ");
        if (doc.results().isEmpty()) {
            b.append("no implementation (no results were given)");
        } else {
            for (int i = 0; i < doc.results().size(); i++) {
                b.append(i == 0 ? "" : ", ")
                        .append("**")
                        .append(text(doc.implementation(i)))
                        .append("**");
            }
        }
        b.append(". Sentences that state no behaviour are marked so.\n\n");
        List<SpecSentences.Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SpecSentences.Sentence s = sentences.get(i);
            b.append("> ").append(text(s.text())).append("\n\n");
            if (!s.behavioural()) {
                b.append("*(").append(SpecReference.NO_BEHAVIOUR).append(")*\n\n");
                continue;
            }
            for (Clause c : s.clauses()) {
                if (doc.firstMention(i, c)) {
                    clause(doc, c, b);
                } else {
                    b.append("- **").append(text(c.id())).append("** (continued from above)\n");
                }
            }
            b.append('\n');
        }
        if (!doc.unplaced().isEmpty()) {
            b.append("## Clauses whose quote is not in this text\n\n");
            doc.unplaced().forEach(c -> clause(doc, c, b));
            b.append('\n');
        }
        if (!doc.unknownIds().isEmpty()) {
            b.append("## Results for clauses this catalogue does not have\n\n")
                    .append(text(String.join(", ", doc.unknownIds())))
                    .append("\n");
        }
        return b.toString();
    }

    private static void clause(SpecReference doc, Clause c, StringBuilder b) {
        b.append("- **")
                .append(text(c.id()))
                .append("** ")
                .append(c.level().name())
                .append(c.needsLab() ? " (needs the network lab)" : "")
                .append(" — checks: ")
                .append(text(c.checks()))
                .append('\n');
        for (int i = 0; i < doc.results().size(); i++) {
            Optional<ClauseOutcome> o = doc.outcome(i, c);
            b.append("  - ")
                    .append(text(doc.implementation(i)))
                    .append(": ")
                    .append(o.map(x -> text(x.verdict().marked()) + " — " + text(Markdown.shorten(x.reason(), 200)))
                            .orElse(text(Matrix.ABSENT)))
                    .append('\n');
        }
    }
}
