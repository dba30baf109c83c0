package dev.rendezvous.tck.launch;

import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.engine.RendezvousTestEngine;
import dev.rendezvous.tck.engine.RunSink;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.ClauseShare;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The documented entry point for running the kit from code in this JVM (the command line's
 * {@code --in-process}, and each child JVM of an isolated run): launches the kit's engine
 * ({@value RendezvousTestEngine#ID}) on the JUnit Platform, hands it the options and the
 * listener as they are, and gives back the run's result.
 */
public final class KitRunner {
    private KitRunner() {}

    /**
     * Runs the kit.
     *
     * @throws KitException when the kit cannot run as asked (the message says why, in one line)
     */
    public static RunResult run(RunOptions options, RunProgress progress) {
        return run(options, progress, ClauseShare.ALL);
    }

    /**
     * Runs those of the clauses that {@code share} lets this run take (a child JVM that shares its
     * clauses with the other lanes of an isolated run).
     */
    static RunResult run(RunOptions options, RunProgress progress, ClauseShare share) {
        options.clauses(); // an unknown clause or a malformed token: one clear error before anything starts
        String runId = RunSink.launch(options, progress, share);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectUniqueId("[engine:" + RendezvousTestEngine.ID + "]"))
                .configurationParameter(ConfigKeys.RUN_ID, runId)
                .build();
        LauncherFactory.create().execute(request);
        RuntimeException failure = RunSink.takeFailure(runId);
        RunResult result = RunSink.take(runId);
        if (failure != null) {
            throw raised(failure);
        }
        if (result == null) {
            throw new KitException("the kit's engine did not run; is " + RendezvousTestEngine.class.getName()
                    + " registered under META-INF/services?");
        }
        return result;
    }

    /**
     * What a run that ended with {@code failure} throws: a {@link KitException} (the kit cannot
     * run as asked) as it is, anything else as a {@link KitInternalError}.
     */
    static RuntimeException raised(RuntimeException failure) {
        if (failure instanceof KitException || failure instanceof KitInternalError) {
            return failure;
        }
        return new KitInternalError("the run failed: " + failure, failure);
    }
}
