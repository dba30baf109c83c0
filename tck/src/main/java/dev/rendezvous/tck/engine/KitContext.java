package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.run.ClauseShare;
import dev.rendezvous.tck.run.KitSession;
import dev.rendezvous.tck.run.RunProgress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What the kit's test nodes share while they execute: the engine's configuration, the listener
 * report entries go to, the session once the run has begun, which clauses the run takes, and the
 * verdicts given so far.
 */
final class KitContext implements EngineExecutionContext {
    private final ConfigurationParameters config;
    private final EngineExecutionListener listener;
    private final KitSession session;
    private final Map<Clause, ClauseResult> verdicts;
    private final RunProgress progress;
    private final ClauseShare share;
    private final AtomicInteger started;
    private final int total;

    KitContext(ConfigurationParameters config, EngineExecutionListener listener) {
        this(
                config,
                listener,
                null,
                new ConcurrentHashMap<>(),
                RunSink.launched(config).map(RunSink.Launched::progress).orElse(RunProgress.SILENT),
                RunSink.launched(config).map(RunSink.Launched::share).orElse(ClauseShare.ALL),
                0);
    }

    private KitContext(
            ConfigurationParameters config,
            EngineExecutionListener listener,
            KitSession session,
            Map<Clause, ClauseResult> verdicts,
            RunProgress progress,
            ClauseShare share,
            int total) {
        this.config = config;
        this.listener = listener;
        this.session = session;
        this.verdicts = verdicts;
        this.progress = progress;
        this.share = share;
        this.started = new AtomicInteger();
        this.total = total;
    }

    /** The same context with the run's session, which gives verdicts to {@code total} clauses. */
    KitContext with(KitSession s, int clauses) {
        return new KitContext(config, listener, s, verdicts, progress, share, clauses);
    }

    /** Who hears of the run as it goes: the launcher's listener, or no one. */
    RunProgress progress() {
        return progress;
    }

    /** Whether this run takes {@code clause} (a run that shares its clauses may leave it to another). */
    boolean take(Clause clause) {
        return share.take(clause);
    }

    /** Tells that {@code clause} starts. */
    void started(Clause clause) {
        progress.clauseStarted(clause, started.incrementAndGet(), total);
    }

    ConfigurationParameters config() {
        return config;
    }

    EngineExecutionListener listener() {
        return listener;
    }

    KitSession session() {
        return session;
    }

    /** Keeps {@code r} for the run's result and tells it. */
    void record(ClauseResult r) {
        verdicts.put(r.clause(), r);
        progress.clauseFinished(r, verdicts.size(), total);
    }

    /** The verdicts of {@code clauses} given so far, in that order. */
    List<ClauseResult> verdicts(List<Clause> clauses) {
        return clauses.stream().filter(verdicts::containsKey).map(verdicts::get).toList();
    }
}
