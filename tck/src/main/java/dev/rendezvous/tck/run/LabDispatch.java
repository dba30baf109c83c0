package dev.rendezvous.tck.run;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.isolation.IsolatedRunner;
import dev.rendezvous.tck.lab.LabCapabilities;
import dev.rendezvous.tck.lab.LabDescription;
import dev.rendezvous.tck.lab.LabProbe;
import dev.rendezvous.tck.lab.LabUnavailableException;
import dev.rendezvous.tck.lab.NetworkLab;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Runs the clauses that need the network lab with the implementation inside the lab: opens the
 * lab, runs those clauses in a child JVM in its namespace (in the background, beside the rest of
 * the run), and closes the lab. Where the lab cannot be made, says why; the clauses are then
 * NOT_VERIFIED with that reason.
 */
final class LabDispatch {
    private final boolean inside;
    private final LabCapabilities capabilities;
    private volatile String absence;

    private LabDispatch(boolean inside, LabCapabilities capabilities) {
        this.inside = inside;
        this.capabilities = capabilities;
        this.absence = inside ? null : capabilities.whyNot().orElse(null);
    }

    /** Finds out whether this run is inside a lab, or whether one can be made. */
    static LabDispatch probe() {
        boolean inside = LabDescription.current().map(LabDescription::insideLab).orElse(false);
        return new LabDispatch(inside, inside ? null : LabProbe.probe());
    }

    /** Whether this JVM runs inside the lab (then lab clauses run here). */
    boolean inside() {
        return inside;
    }

    /** Why there is no lab around this JVM's cases (null inside the lab). */
    String absence() {
        return inside ? null : absence == null ? "the lab's clauses run in a child JVM inside it" : absence;
    }

    /** What the probe found, for the results' environment. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (inside) {
            m.put("inside", true);
            return m;
        }
        m.put("available", capabilities.canOpen());
        capabilities.preferredMode().ifPresent(mode -> m.put("mode", mode.name()));
        capabilities.whyNot().ifPresent(why -> m.put("reason", why));
        m.put("summary", capabilities.summary());
        return m;
    }

    /**
     * Starts the lab's clauses in the background. The future holds their results; it is empty
     * when the lab could not be made or used (then {@link #absence()} says why).
     */
    CompletableFuture<Map<String, ClauseResult>> start(RunOptions options, List<Clause> clauses, List<Path> implClasspath) {
        if (clauses.isEmpty() || inside || !capabilities.canOpen()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return CompletableFuture.supplyAsync(() -> {
            try (NetworkLab lab = NetworkLab.open(capabilities)) {
                RunOptions o = options.withClauseIds(clauses.stream().map(Clause::id).collect(Collectors.toSet()))
                        .withLoader(null);
                RunResult r = IsolatedRunner.run(o, implClasspath, RunProgress.SILENT, lab::command,
                        List.of(lab.description().jvmArgument()));
                Map<String, ClauseResult> out = new LinkedHashMap<>();
                for (ClauseResult c : r.clauses()) {
                    out.put(c.clause().id(), c);
                }
                return out;
            } catch (LabUnavailableException | KitException e) {
                absence = "the network lab could not be used: " + e.getMessage();
                return Map.of();
            }
        });
    }
}
