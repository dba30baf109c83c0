package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.baseline.Judgement;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.results.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Applies a baseline's judgement to the kit's own run result, before it is written. */
final class RunResults {
    private RunResults() {}

    static RunResult withBaseline(RunResult r, Judgement j) {
        List<ClauseResult> out = new ArrayList<>();
        for (ClauseResult c : r.clauses()) {
            String reason = j.expected().get(c.clause().id());
            out.add(reason == null ? c : c.withVerdict(Verdict.EXPECTED_FAILURE, reason));
        }
        return new RunResult(
                r.kitName(),
                r.kitVersion(),
                r.implementationName(),
                r.implementationVersion(),
                r.implementationClass(),
                r.features(),
                r.environment(),
                r.timing(),
                r.seed(),
                r.tries(),
                r.strict(),
                out);
    }
}
