package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Count;
import dev.rendezvous.tck.run.RunProgress;
import java.io.PrintWriter;

/** Progress as plain lines, one per finished clause: {@code [12/28] ACCEPT-VALUE-RESULT PASSED 120 cases 340 ms}. */
public final class LineProgress implements RunProgress {
    private final PrintWriter out;

    /** Progress printed to {@code out}. */
    public LineProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void clauseFinished(ClauseResult result, int index, int total) {
        out.println(line(result, index, total));
        out.flush();
    }

    /** The line for a finished clause. */
    static String line(ClauseResult result, int index, int total) {
        return "[" + index + "/" + total + "] " + result.clause().id() + " " + result.verdict() + " "
                + Count.of(result.cases(), "case") + " " + result.durationMillis() + " ms";
    }
}
