package dev.rendezvous.tck.labrun;

import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One run through the kit's engine, with when each clause's verdict arrived and whether a JVM
 * inside a lab was running at that moment.
 *
 * @param result the run's result
 * @param wallMillis how long the whole run took
 * @param arrivals the verdicts in the order they arrived
 */
record RunTimeline(RunResult result, long wallMillis, List<Arrival> arrivals) {

    /**
     * One verdict's arrival.
     *
     * @param clauseId the clause
     * @param atMillis when, from the start of the run
     * @param insideLabRunning whether a JVM inside a lab was running then
     */
    record Arrival(String clauseId, long atMillis, boolean insideLabRunning) {}

    /** Runs the kit with {@code options} and records the timeline. */
    static RunTimeline of(RunOptions options) {
        List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        RunResult result = LabRun.run(options, new RunProgress() {
            @Override
            public void clauseFinished(ClauseResult r, int index, int total) {
                arrivals.add(new Arrival(r.clause().id(), millisSince(start), LabProcesses.insideLabRunning()));
            }
        });
        return new RunTimeline(result, millisSince(start), List.copyOf(arrivals));
    }

    /** The verdict of one clause. */
    ClauseResult clause(String id) {
        return result.clauses().stream()
                .filter(c -> c.clause().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
