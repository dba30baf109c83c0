package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.run.KitSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What the kit's test nodes share while they execute: the engine's configuration, the listener
 * report entries go to, the session once the run has begun, and the verdicts given so far.
 */
final class KitContext implements EngineExecutionContext {
    private final ConfigurationParameters config;
    private final EngineExecutionListener listener;
    private final KitSession session;
    private final Map<Clause, ClauseResult> verdicts;

    KitContext(ConfigurationParameters config, EngineExecutionListener listener) {
        this(config, listener, null, new ConcurrentHashMap<>());
    }

    private KitContext(
            ConfigurationParameters config,
            EngineExecutionListener listener,
            KitSession session,
            Map<Clause, ClauseResult> verdicts) {
        this.config = config;
        this.listener = listener;
        this.session = session;
        this.verdicts = verdicts;
    }

    /** The same context with the run's session. */
    KitContext with(KitSession s) {
        return new KitContext(config, listener, s, verdicts);
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

    void record(ClauseResult r) {
        verdicts.put(r.clause(), r);
    }

    /** The verdicts of {@code clauses} given so far, in that order. */
    List<ClauseResult> verdicts(List<Clause> clauses) {
        return clauses.stream().filter(verdicts::containsKey).map(verdicts::get).toList();
    }
}
