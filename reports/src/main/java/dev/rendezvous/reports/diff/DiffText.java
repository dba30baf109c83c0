package dev.rendezvous.reports.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.reports.render.Markdown;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A diff as plain text (for a terminal: ASCII arrows), as Markdown (for a pull request) or as JSON (for tools). */
public final class DiffText {
    private DiffText() {}

    /** JSON: {@code regressed}, then {@code regressions}, {@code newlyPassing} and {@code otherChanges} as lists of changes. */
    public static String json(ResultsDiff d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regressed", d.regressed());
        m.put("regressions", d.regressions());
        m.put("newlyPassing", d.newlyPassing());
        m.put("otherChanges", d.otherChanges());
        try {
            return ResultsReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain text: the two runs, then each kind of change, one clause a line. */
    public static String plain(ResultsDiff d) {
        StringBuilder b = new StringBuilder();
        b.append("old: ")
                .append(d.before().implementation().title())
                .append(", seed ")
                .append(d.before().seed())
                .append('\n');
        b.append("new: ")
                .append(d.after().implementation().title())
                .append(", seed ")
                .append(d.after().seed())
                .append('\n');
        section(b, "regressed", d.regressions(), false);
        section(b, "newly passing", d.newlyPassing(), false);
        section(b, "other verdict changes", d.otherChanges(), false);
        b.append(d.regressed() ? d.regressions().size() + " regressed" : "no regression")
                .append(", ")
                .append(d.newlyPassing().size())
                .append(" newly passing, ")
                .append(d.otherChanges().size())
                .append(" other changes\n");
        return b.toString();
    }

    /** Markdown: a heading per kind of change with a list of clauses. */
    public static String markdown(ResultsDiff d) {
        StringBuilder b = new StringBuilder("## Rendezvous: ");
        b.append(Markdown.text(d.before().implementation().title()))
                .append(" → ")
                .append(Markdown.text(d.after().implementation().title()))
                .append("\n\n");
        b.append(d.regressed() ? "**✘ " + d.regressions().size() + " regressed**" : "**✔ no regression**")
                .append(", ")
                .append(d.newlyPassing().size())
                .append(" newly passing, ")
                .append(d.otherChanges().size())
                .append(" other changes.\n");
        section(b, "Regressed", d.regressions(), true);
        section(b, "Newly passing", d.newlyPassing(), true);
        section(b, "Other verdict changes", d.otherChanges(), true);
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Change> changes, boolean markdown) {
        if (changes.isEmpty()) {
            return;
        }
        b.append(markdown ? "\n### " + title + "\n\n" : title + " (" + changes.size() + "):\n");
        for (Change c : changes) {
            if (markdown) {
                b.append("- **")
                        .append(Markdown.text(c.id()))
                        .append("** ")
                        .append(c.transition())
                        .append(": ")
                        .append(Markdown.text(Markdown.shorten(c.reason(), 200)))
                        .append('\n');
            } else {
                b.append("  ")
                        .append(c.id())
                        .append(' ')
                        .append(c.asciiTransition())
                        .append(": ")
                        .append(Markdown.shorten(c.reason(), 200))
                        .append('\n');
            }
        }
    }
}
