package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.FailingCase;
import dev.rendezvous.reports.model.ShrinkPass;

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
            b.append('(').append(shrunk(x)).append(")\n");
        }
        if (!x.detail().isBlank()) {
            b.append("detail:\n").append(x.detail().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /**
     * How the case was shrunk: {@code shrunk in 37 runs}, then, where the results hold them, the
     * passes that ran, each with its runs and the shrinks among them ({@code delete-groups 12 runs,
     * 3 shrinks; lower-each 25 runs, 4 shrinks}).
     */
    public static String shrunk(FailingCase x) {
        StringBuilder b = new StringBuilder("shrunk in ").append(x.shrinkRuns()).append(" runs");
        String sep = ": ";
        for (ShrinkPass p : x.shrinkPasses()) {
            if (p.runs() > 0) {
                b.append(sep)
                        .append(p.pass())
                        .append(' ')
                        .append(p.runs())
                        .append(p.runs() == 1 ? " run, " : " runs, ")
                        .append(p.shrinks())
                        .append(p.shrinks() == 1 ? " shrink" : " shrinks");
                sep = "; ";
            }
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
