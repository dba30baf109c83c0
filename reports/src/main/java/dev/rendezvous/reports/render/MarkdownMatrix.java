package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Markdown.text;

import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.util.ArrayList;
import java.util.List;

/** The clause × implementation matrix as one Markdown table, with totals per verdict below it. */
public final class MarkdownMatrix {
    private MarkdownMatrix() {}

    /** The Markdown for {@code results}, one column per file. */
    public static String render(List<Results> results) {
        Matrix m = new Matrix(results);
        StringBuilder b = new StringBuilder("## Rendezvous conformance matrix\n\n");
        List<String> head = new ArrayList<>(List.of("Clause", "Level"));
        m.headings().forEach(h -> head.add(text(h)));
        b.append(Markdown.row(head.toArray(String[]::new))).append(Markdown.delimiter(head.size()));
        for (String id : m.rows()) {
            List<String> cells = new ArrayList<>(List.of(text(id), text(m.level(id))));
            for (int i = 0; i < m.columns().size(); i++) {
                cells.add(text(m.text(id, i)));
            }
            b.append(Markdown.row(cells.toArray(String[]::new)));
        }
        for (Verdict v : Verdict.values()) {
            List<String> cells = new ArrayList<>(List.of("**" + text(v.marked()) + "**", ""));
            for (int i = 0; i < m.columns().size(); i++) {
                cells.add(String.valueOf(m.count(i, v)));
            }
            b.append(Markdown.row(cells.toArray(String[]::new)));
        }
        List<String> gate = new ArrayList<>(List.of("**Gate**", ""));
        List<String> conformant = new ArrayList<>(List.of("**Conformant**", ""));
        for (Results r : m.columns()) {
            Conformance verdict = Conformance.of(r);
            gate.add(verdict.gatePassed() ? "✔ passed" : "✘ failed");
            conformant.add(text(verdict.marked()));
        }
        b.append(Markdown.row(gate.toArray(String[]::new)));
        b.append(Markdown.row(conformant.toArray(String[]::new)));
        return b.toString();
    }
}
