package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.render.CounterexampleText;
import dev.rendezvous.reports.render.ReplayCommand;
import dev.rendezvous.reports.verdict.Conformance;
import dev.rendezvous.tck.results.Count;
import java.io.PrintWriter;
import java.util.Map;
import java.util.StringJoiner;

/** What the {@code run} command prints after the run: each failure in full, then the counts and the verdict. */
final class RunSummary {
    private RunSummary() {}

    static void print(Results r, PrintWriter out) {
        for (ClauseOutcome c : r.withVerdict(Verdict.FAILED)) {
            out.println();
            out.println("FAILED " + c.id() + " (" + c.level() + "): " + c.reason());
            if (c.counterexample() != null) {
                out.println("  " + c.counterexample().message());
                out.print(CounterexampleText.calls(c.counterexample(), "    "));
                if (c.counterexample().shrinkRuns() > 0) {
                    out.println("  (" + CounterexampleText.shrunk(c.counterexample()) + ")");
                }
                if (!c.counterexample().detail().isBlank()) {
                    c.counterexample().detail().lines().limit(40).forEach(l -> out.println("    | " + l));
                }
            }
            ReplayCommand.of(r, c).ifPresent(cmd -> out.println("  replay: " + cmd));
        }
        out.println();
        StringJoiner counts = new StringJoiner(", ");
        for (Map.Entry<Verdict, Integer> e : r.counts().entrySet()) {
            counts.add(e.getValue() + " " + e.getKey().name());
        }
        out.println(Count.of(r.clauses().size(), "clause") + ": " + counts);
        Conformance verdict = Conformance.of(r);
        out.println(r.implementation().title() + " (" + r.implementation().className() + ", seed " + r.seed() + "): "
                + "gate " + verdict.gate());
        out.println("conformance: " + verdict.marked());
    }
}
