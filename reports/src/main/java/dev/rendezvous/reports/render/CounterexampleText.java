package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.FailingCase;

/** The plain-text form of a shrunk counterexample: the message, the calls with their outcomes, and the detail. */
public final class CounterexampleText {
    private CounterexampleText() {}

    /** Several lines: property, message, numbered calls, shrink runs, detail (when present). */
    public static String of(FailingCase x) {
        StringBuilder b = new StringBuilder();
        if (!x.property().isEmpty()) {
            b.append("property: ").append(x.property()).append('\n');
        }
        b.append(x.message()).append('\n');
        b.append(calls(x, ""));
        if (x.shrinkRuns() > 0) {
            b.append("(shrunk in ").append(x.shrinkRuns()).append(" runs)\n");
        }
        if (!x.detail().isBlank()) {
            b.append("detail:\n").append(x.detail().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** The calls of the case, one numbered line each, every line starting with {@code indent}. */
    public static String calls(FailingCase x, String indent) {
        StringBuilder b = new StringBuilder();
        int width = String.valueOf(x.calls().size()).length();
        for (int i = 0; i < x.calls().size(); i++) {
            b.append(indent)
                    .append(String.format("%" + width + "d. ", i + 1))
                    .append(x.calls().get(i))
                    .append('\n');
        }
        return b.toString();
    }
}
