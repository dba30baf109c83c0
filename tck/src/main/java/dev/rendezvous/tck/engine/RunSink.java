package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.results.RunResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hands a run's result from the engine back to the code that launched it, by run ID. */
public final class RunSink {
    private static final Map<String, RunResult> RESULTS = new ConcurrentHashMap<>();
    private static final Map<String, RuntimeException> FAILURES = new ConcurrentHashMap<>();

    private RunSink() {}

    static void put(String runId, RunResult result) {
        RESULTS.put(runId, result);
    }

    static void fail(String runId, RuntimeException e) {
        FAILURES.put(runId, e);
    }

    /** The result of the run, removed from the sink; null if the engine produced none. */
    public static RunResult take(String runId) {
        return RESULTS.remove(runId);
    }

    /** Why the run could not start, removed from the sink; null if it started. */
    public static RuntimeException takeFailure(String runId) {
        return FAILURES.remove(runId);
    }
}
