package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.run.RunProgress;
import java.util.Map;

/** Progress passed on as it is, each verdict also counted in {@link RunState}. */
final class CountedProgress implements RunProgress {
    private final RunProgress shown;

    CountedProgress(RunProgress shown) {
        this.shown = shown;
    }

    @Override
    public void runStarted(Map<String, Object> meta) {
        shown.runStarted(meta);
    }

    @Override
    public void clauseStarted(Clause clause, int index, int total) {
        shown.clauseStarted(clause, index, total);
    }

    @Override
    public void clauseFinished(ClauseResult result, int index, int total) {
        RunState.clauseFinished(index, total);
        shown.clauseFinished(result, index, total);
    }
}
