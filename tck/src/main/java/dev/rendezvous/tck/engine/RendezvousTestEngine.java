package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.RendezvousKit;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.run.KitSession;
import dev.rendezvous.tck.run.RunOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The kit as a JUnit Platform test engine, ID {@value #ID}: one test per clause of the
 * catalogue, each a node that reports started before it runs and finished with its verdict. It
 * answers only selectors that name it — its unique ID or a clause's
 * ({@code [engine:rendezvous]/[clause:ACCEPT-VALUE-RESULT]}), the class {@link RendezvousKit} or
 * one of its "methods" named by a clause ID ({@code RendezvousKit#ACCEPT-VALUE-RESULT}), or the
 * package {@code dev.rendezvous.tck} — so it stays silent in a build that merely has the kit on
 * its test class path. The engine only discovers and executes clauses; starting child JVMs and
 * the network lab is the business of the layer above it.
 */
public final class RendezvousTestEngine extends HierarchicalTestEngine<KitContext> {
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

    /**
     * The clauses selected, in catalogue order but for those that need the network lab, which
     * come last: they run in the background from the start of the run, and their tests wait for
     * them.
     */
    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        KitDescriptor engine = new KitDescriptor(uniqueId);
        Set<String> selected = selected(request, uniqueId);
        if (selected.isEmpty()) {
            return engine;
        }
        List<Clause> lab = new ArrayList<>();
        for (Clause c : narrowed(request.getConfigurationParameters())) {
            if (selected.contains(ALL) || selected.contains(c.id())) {
                if (KitSession.needsLab(c)) {
                    lab.add(c);
                } else {
                    engine.add(c);
                }
            }
        }
        lab.forEach(engine::add);
        return engine;
    }

    /**
     * The clauses the configuration narrows the run to ({@link RunOptions#clauses}); all of
     * them when it cannot be read: the run says why when it starts.
     */
    private static List<Clause> narrowed(ConfigurationParameters config) {
        try {
            return RunSink.options(config).clauses();
        } catch (KitException e) {
            return Catalogue.all();
        }
    }

    /** Stands for every clause among the selected IDs. */
    private static final String ALL = "*";

    /** The clause IDs the selectors name ({@value #ALL} for all of them); empty: none names this engine. */
    private static Set<String> selected(EngineDiscoveryRequest request, UniqueId engineId) {
        Set<String> ids = new LinkedHashSet<>();
        for (UniqueIdSelector s : request.getSelectorsByType(UniqueIdSelector.class)) {
            UniqueId u = s.getUniqueId();
            if (u.equals(engineId) || engineId.hasPrefix(u)) {
                ids.add(ALL);
            } else if (u.hasPrefix(engineId)) {
                UniqueId.Segment last = u.getLastSegment();
                if (u.getSegments().size() == engineId.getSegments().size() + 1
                        && last.getType().equals(ClauseDescriptor.SEGMENT)) {
                    ids.add(last.getValue());
                }
            }
        }
        for (ClassSelector s : request.getSelectorsByType(ClassSelector.class)) {
            if (s.getClassName().equals(RendezvousKit.class.getName())) {
                ids.add(ALL);
            }
        }
        for (MethodSelector s : request.getSelectorsByType(MethodSelector.class)) {
            if (s.getClassName().equals(RendezvousKit.class.getName())) {
                ids.add(s.getMethodName());
            }
        }
        for (PackageSelector s : request.getSelectorsByType(PackageSelector.class)) {
            if (s.getPackageName().equals(RendezvousKit.class.getPackageName())) {
                ids.add(ALL);
            }
        }
        return ids;
    }

    @Override
    protected KitContext createExecutionContext(ExecutionRequest request) {
        return new KitContext(request.getConfigurationParameters(), request.getEngineExecutionListener());
    }

    /** PASSED succeeds; FAILED fails with the counterexample; the others are aborted with their reason. */
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
