package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Stands in for the kit: "runs" by replaying a fixture's clauses through the progress, and records the options. */
final class FixtureLauncher implements KitLauncher {
    final AtomicReference<RunOptions> options = new AtomicReference<>();
    final AtomicInteger calls = new AtomicInteger();
    private final String fixture;

    FixtureLauncher(String fixture) {
        this.fixture = fixture;
    }

    @Override
    public RunResult launch(RunOptions o, RunProgress progress) {
        options.set(o);
        calls.incrementAndGet();
        RunResult r = Fixtures.runResult(fixture);
        int total = r.clauses().size();
        int i = 0;
        for (ClauseResult c : r.clauses()) {
            i++;
            progress.clauseStarted(c.clause(), i, total);
            progress.clauseFinished(c, i, total);
        }
        return r;
    }
}
