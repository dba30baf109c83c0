package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.ClauseShare;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Hands a run between the code that launches it in this JVM and the engine, by run ID
 * ({@value ConfigKeys#RUN_ID}): the options and the listener go to the engine as they are — not
 * as text — and the result or the reason the run could not start come back.
 */
public final class RunSink {
    /** A run launched from code: how to run it, who hears of its progress, and which clauses it takes. */
    record Launched(RunOptions options, RunProgress progress, ClauseShare share) {}

    private static final Map<String, Launched> LAUNCHED = new ConcurrentHashMap<>();
    private static final Map<String, RunResult> RESULTS = new ConcurrentHashMap<>();
    private static final Map<String, RuntimeException> FAILURES = new ConcurrentHashMap<>();

    private RunSink() {}

    /** Hands over a run; the engine finds it under the ID returned, given as {@value ConfigKeys#RUN_ID}. */
    public static String launch(RunOptions options, RunProgress progress, ClauseShare share) {
        String runId = UUID.randomUUID().toString();
        LAUNCHED.put(runId, new Launched(options, progress, share));
        return runId;
    }

    /** The run handed over under the ID in {@code config}; empty for a run the parameters describe themselves. */
    static Optional<Launched> launched(ConfigurationParameters config) {
        return config.get(ConfigKeys.RUN_ID).map(LAUNCHED::get);
    }

    /**
     * The options of the run: those handed over, or those the parameters state.
     *
     * @throws dev.rendezvous.tck.loading.KitException when the parameters are malformed
     */
    static RunOptions options(ConfigurationParameters config) {
        return launched(config).map(Launched::options).orElseGet(() -> OptionsConfig.decode(config));
    }

    static void put(String runId, RunResult result) {
        RESULTS.put(runId, result);
    }

    static void fail(String runId, RuntimeException e) {
        FAILURES.put(runId, e);
    }

    /** The result of the run, removed from the sink with the run itself; null if the engine produced none. */
    public static RunResult take(String runId) {
        LAUNCHED.remove(runId);
        return RESULTS.remove(runId);
    }

    /** Why the run could not start, removed from the sink; null if it started. */
    public static RuntimeException takeFailure(String runId) {
        return FAILURES.remove(runId);
    }
}
