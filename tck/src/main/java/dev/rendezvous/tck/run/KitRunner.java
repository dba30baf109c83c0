package dev.rendezvous.tck.run;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.engine.RendezvousTestEngine;
import dev.rendezvous.tck.engine.RunSink;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The documented entry point for running the kit from code (the command line uses it): runs
 * every clause against one implementation on the JUnit Platform, through the kit's engine
 * ({@value RendezvousTestEngine#ID}), and gives back the run's result.
 */
public final class KitRunner {
    private KitRunner() {}

    /**
     * Runs the kit.
     *
     * @throws KitException when the kit cannot run as asked (the message says why, in one line)
     */
    public static RunResult run(RunOptions options, RunProgress progress) {
        return runConfigured(configOf(options), options.loader(), progress);
    }

    /** A run's result from the implementation's meta data (as {@link RunProgress#runStarted} gives it) and the clauses' results. */
    public static RunResult assemble(
            Map<String, Object> meta,
            RunOptions options,
            java.time.Instant started,
            java.time.Instant finished,
            java.util.List<ClauseResult> results) {
        return RunAssembly.assemble(meta, options, started, finished, results);
    }

    /** The engine's configuration parameters that say the same as {@code options}. */
    public static Map<String, String> configOf(RunOptions options) {
        Map<String, String> config = new HashMap<>();
        if (options.stackClass() != null) {
            config.put(ConfigKeys.STACK, options.stackClass());
        }
        config.put(ConfigKeys.SEED, Long.toString(options.seed()));
        config.put(ConfigKeys.TRIES, Integer.toString(options.tries()));
        config.put(ConfigKeys.STRICT, Boolean.toString(options.strict()));
        config.put(ConfigKeys.QUIET_MS, Long.toString(options.knobs().quiet().toMillis()));
        config.put(ConfigKeys.EVENT_MS, Long.toString(options.knobs().event().toMillis()));
        config.put(ConfigKeys.SCALE, Double.toString(options.knobs().scale()));
        if (!options.clauseIds().isEmpty()) {
            for (String id : options.clauseIds()) {
                Catalogue.byId(id).orElseThrow(() -> new KitException("no clause with id " + id + " in the catalogue"));
            }
            config.put(ConfigKeys.CLAUSES, String.join(",", options.clauseIds()));
        }
        if (options.replayToken() != null) {
            config.put(ConfigKeys.REPLAY, options.replayToken());
        }
        return config;
    }

    /** Runs the kit with the engine's configuration parameters, loading the implementation from {@code loader}. */
    public static RunResult runConfigured(Map<String, String> parameters, ClassLoader loader, RunProgress progress) {
        String runId = UUID.randomUUID().toString();
        Map<String, String> config = new HashMap<>(parameters);
        config.put(ConfigKeys.RUN_ID, runId);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectUniqueId("[engine:" + RendezvousTestEngine.ID + "]"))
                .configurationParameters(config)
                .build();
        Thread me = Thread.currentThread();
        ClassLoader previous = me.getContextClassLoader();
        if (loader != null) {
            me.setContextClassLoader(loader);
        }
        try {
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, new ProgressListener(progress));
        } finally {
            me.setContextClassLoader(previous);
        }
        RuntimeException failure = RunSink.takeFailure(runId);
        if (failure != null) {
            throw raised(failure);
        }
        RunResult result = RunSink.take(runId);
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

    /** Turns the platform's events into {@link RunProgress} calls. */
    private static final class ProgressListener implements TestExecutionListener {
        private final RunProgress progress;
        private final AtomicInteger started = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private volatile int total;

        ProgressListener(RunProgress progress) {
            this.progress = progress;
        }

        @Override
        public void testPlanExecutionStarted(org.junit.platform.launcher.TestPlan plan) {
            total = (int) plan.countTestIdentifiers(TestIdentifier::isTest);
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            if (id.isTest()) {
                Catalogue.byId(id.getDisplayName())
                        .ifPresent(c -> progress.clauseStarted(c, started.incrementAndGet(), total));
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            String meta = entry.getKeyValuePairs().get(RendezvousTestEngine.META_ENTRY);
            if (meta != null) {
                progress.runStarted((Map<String, Object>) Json.parse(meta));
            }
            String json = entry.getKeyValuePairs().get(RendezvousTestEngine.RESULT_ENTRY);
            if (json != null) {
                ClauseResult r = ResultsJson.clauseFromMap((Map<String, Object>) Json.parse(json));
                progress.clauseFinished(r, finished.incrementAndGet(), total);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            // verdicts arrive as report entries; nothing else to tell
        }
    }
}
