package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.RunProgress;
import java.io.PrintWriter;

/**
 * Progress on a terminal: one line, rewritten in place, naming the clause that runs
 * ({@code [12/28] ACCEPT-VALUE-RESULT ...}); a clause that fails leaves its line standing.
 */
public final class LiveProgress implements RunProgress {
    private static final String CLEAR = "\r\033[K";
    private final PrintWriter out;
    private boolean open;

    /** Progress drawn on {@code out}, which is a terminal. */
    public LiveProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void clauseStarted(Clause clause, int index, int total) {
        out.print(CLEAR + "[" + index + "/" + total + "] " + clause.id() + " ...");
        out.flush();
        open = true;
    }

    @Override
    public synchronized void clauseFinished(ClauseResult result, int index, int total) {
        String line = LineProgress.line(result, index, total);
        if (result.verdict() == Verdict.FAILED) {
            out.println(CLEAR + line);
            open = false;
        } else {
            out.print(CLEAR + line);
            open = true;
        }
        out.flush();
    }

    /** Clears the live line, so what follows starts on a clean line. */
    public synchronized void finish() {
        if (open) {
            out.print(CLEAR);
            out.flush();
            open = false;
        }
    }
}
