package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.RendezvousKit;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.KitException;
import dev.rendezvous.tck.run.KitSession;
import dev.rendezvous.tck.run.Replays;
import dev.rendezvous.tck.run.RunOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The kit as a JUnit Platform test engine, ID {@value #ID}: one test per clause of the
 * catalogue. It answers only selectors that name it (its unique ID, the class
 * {@link RendezvousKit}, or the package {@code dev.rendezvous.tck}), so it stays silent in a
 * build that merely has the kit on its test class path.
 */
public final class RendezvousTestEngine implements TestEngine {
    /** The engine's ID. */
    public static final String ID = "rendezvous";
    /** The key of the report entry each clause publishes its result under (compact JSON). */
    public static final String RESULT_ENTRY = "rendezvous.result";
    /** The key of the report entry the run publishes once the implementation is loaded (compact JSON). */
    public static final String META_ENTRY = "rendezvous.meta";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.rendezvous");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("rendezvous-tck");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Rendezvous TCK");
        if (!selected(request, uniqueId)) {
            return engine;
        }
        Set<String> only = Set.of();
        Optional<String> clauses = request.getConfigurationParameters().get(ConfigKeys.CLAUSES);
        if (clauses.isPresent()) {
            only = Set.of(clauses.get().split("\\s*,\\s*"));
        }
        Optional<String> replay = request.getConfigurationParameters().get(ConfigKeys.REPLAY);
        if (replay.isPresent()) {
            try {
                only = Set.of(Replays.clauseOf(replay.get()).id());
            } catch (KitException e) {
                // a malformed token: the run says so when it starts
            }
        }
        for (Clause c : Catalogue.all()) {
            if (only.isEmpty() || only.contains(c.id())) {
                engine.addChild(new ClauseDescriptor(uniqueId, c));
            }
        }
        return engine;
    }

    private static boolean selected(EngineDiscoveryRequest request, UniqueId engineId) {
        for (UniqueIdSelector s : request.getSelectorsByType(UniqueIdSelector.class)) {
            if (s.getUniqueId().hasPrefix(engineId) || engineId.hasPrefix(s.getUniqueId())) {
                return true;
            }
        }
        for (ClassSelector s : request.getSelectorsByType(ClassSelector.class)) {
            if (s.getClassName().equals(RendezvousKit.class.getName())) {
                return true;
            }
        }
        for (PackageSelector s : request.getSelectorsByType(PackageSelector.class)) {
            if (s.getPackageName().equals(RendezvousKit.class.getPackageName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor root = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        listener.executionStarted(root);
        if (root.getChildren().isEmpty()) {
            listener.executionFinished(root, TestExecutionResult.successful());
            return;
        }
        String runId =
                request.getConfigurationParameters().get(ConfigKeys.RUN_ID).orElse(null);
        KitSession session;
        try {
            RunOptions options = OptionsFromConfig.read(request.getConfigurationParameters());
            session = KitSession.open(options);
            session.clauses();
        } catch (KitException e) {
            if (runId != null) {
                RunSink.fail(runId, e);
            }
            listener.executionFinished(root, TestExecutionResult.failed(e));
            return;
        }
        try {
            listener.reportingEntryPublished(root, ReportEntry.from(META_ENTRY, Json.writeCompact(session.meta())));
            Map<Clause, ClauseDescriptor> descriptors = new LinkedHashMap<>();
            root.getChildren().forEach(d -> descriptors.put(((ClauseDescriptor) d).clause(), (ClauseDescriptor) d));
            ReplayHint hint =
                    ReplayHint.of(root.getUniqueId(), (String) session.meta().get("class"));
            List<ClauseResult> ordered = session.runAll(
                    new ArrayList<>(descriptors.keySet()), r -> report(listener, descriptors.get(r.clause()), r, hint));
            RunResult run = session.result(ordered);
            writeResults(request, run);
            if (runId != null) {
                RunSink.put(runId, run);
            }
            listener.executionFinished(root, TestExecutionResult.successful());
        } catch (RuntimeException e) {
            if (runId != null) {
                RunSink.fail(runId, e);
            }
            listener.executionFinished(root, TestExecutionResult.failed(e));
        } finally {
            session.close();
        }
    }

    private static void report(EngineExecutionListener listener, ClauseDescriptor d, ClauseResult r, ReplayHint hint) {
        listener.executionStarted(d);
        listener.reportingEntryPublished(
                d, ReportEntry.from(RESULT_ENTRY, Json.writeCompact(ResultsJson.clauseToMap(r))));
        listener.executionFinished(d, platformResult(r, hint));
    }

    private static void writeResults(ExecutionRequest request, RunResult run) {
        Optional<String> dir = request.getConfigurationParameters().get(ConfigKeys.RESULTS_DIR);
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

    /** PASSED succeeds; FAILED fails with the counterexample; the others are skipped with their reason. */
    static TestExecutionResult platformResult(ClauseResult r) {
        return platformResult(r, ReplayHint.NONE);
    }

    /** As {@link #platformResult(ClauseResult)}, a failure telling how to replay its case as {@code hint} says. */
    static TestExecutionResult platformResult(ClauseResult r, ReplayHint hint) {
        switch (r.verdict()) {
            case PASSED:
                return TestExecutionResult.successful();
            case FAILED:
                return TestExecutionResult.failed(new AssertionFailedError(FailureText.of(r, hint)));
            default:
                return TestExecutionResult.aborted(new TestAbortedException(r.verdict() + ": " + r.reason()));
        }
    }
}
