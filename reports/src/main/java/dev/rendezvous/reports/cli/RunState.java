package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.results.Count;
import java.nio.file.Path;

/**
 * How far the command line's run has come, for the one line a signal that stops it prints:
 * which folder, how many clauses have their verdict, whether results.json was written.
 */
final class RunState {
    private static volatile Path out;
    private static volatile int done;
    private static volatile int total;
    private static volatile boolean written;

    private RunState() {}

    static void started(Path folder) {
        out = folder;
        done = 0;
        total = 0;
        written = false;
    }

    static void clauseFinished(int index, int of) {
        done = Math.max(done, index);
        total = of;
    }

    static void resultsWritten() {
        written = true;
    }

    /** What was and was not written, as the end of one sentence. */
    static String describe() {
        Path folder = out;
        if (folder == null) {
            return "before any run began; nothing was written";
        }
        if (written) {
            return "after the run; " + folder.resolve("results.json") + " was written, the renderings may be missing";
        }
        String progress =
                total == 0 ? "before any clause had its verdict" : "after " + done + " of " + Count.of(total, "clause");
        return progress + "; nothing was written to " + folder + " (the child processes were ended)";
    }
}
