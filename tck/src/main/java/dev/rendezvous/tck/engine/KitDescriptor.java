package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.KitSession;
import dev.rendezvous.tck.run.RunOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The run: before its clauses, opens the session (loads the implementation, probes the
 * environment) and starts the network lab's clauses in the background; after them, puts the
 * run's result together, writes it where asked and hands it to whoever launched the run.
 */
final class KitDescriptor extends EngineDescriptor implements Node<KitContext> {
    KitDescriptor(UniqueId uniqueId) {
        super(uniqueId, "Rendezvous TCK");
    }

    private List<Clause> clauses() {
        return getChildren().stream().map(d -> ((ClauseDescriptor) d).clause()).toList();
    }

    @Override
    public KitContext before(KitContext context) {
        if (getChildren().isEmpty()) {
            return context;
        }
        KitSession session;
        try {
            RunOptions options = RunSink.options(context.config());
            options.clauses(); // an unknown clause or a malformed token: one clear error before anything loads
            session = KitSession.open(options);
        } catch (KitException e) {
            runId(context).ifPresent(id -> RunSink.fail(id, e));
            throw e;
        }
        context.listener()
                .reportingEntryPublished(
                        this, ReportEntry.from(RendezvousTestEngine.META_ENTRY, Json.writeCompact(session.meta())));
        context.progress().runStarted(session.meta());
        session.startLab(clauses());
        return context.with(session, getChildren().size());
    }

    @Override
    public void after(KitContext context) {
        if (context.session() == null) {
            return;
        }
        try {
            RunResult run = context.session().result(context.verdicts(catalogueOrder()));
            writeResults(context, run);
            runId(context).ifPresent(id -> RunSink.put(id, run));
        } catch (RuntimeException e) {
            runId(context).ifPresent(id -> RunSink.fail(id, e));
            throw e;
        }
    }

    @Override
    public void cleanUp(KitContext context) {
        if (context.session() != null) {
            context.session().close();
        }
    }

    /** The clauses in the order of the catalogue (the tree puts the lab's last, since they run in the background). */
    private List<Clause> catalogueOrder() {
        return clauses().stream()
                .sorted(Comparator.comparingInt(c -> Catalogue.all().indexOf(c)))
                .toList();
    }

    private static Optional<String> runId(KitContext context) {
        return context.config().get(ConfigKeys.RUN_ID);
    }

    private static void writeResults(KitContext context, RunResult run) {
        Optional<String> dir = context.config().get(ConfigKeys.RESULTS_DIR);
        if (dir.isEmpty()) {
            return;
        }
        Path file = Paths.get(dir.get()).resolve("results.json");
        try {
            ResultsJson.write(run, file);
        } catch (IOException e) {
            throw new KitException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Adds a clause's test. */
    void add(Clause clause) {
        addChild(new ClauseDescriptor(getUniqueId(), clause));
    }
}
