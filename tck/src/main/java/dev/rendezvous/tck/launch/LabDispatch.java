package dev.rendezvous.tck.launch;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.engine.ConfigKeys;
import dev.rendezvous.tck.lab.LabCapabilities;
import dev.rendezvous.tck.lab.LabDescription;
import dev.rendezvous.tck.lab.LabProbe;
import dev.rendezvous.tck.lab.LabUnavailableException;
import dev.rendezvous.tck.lab.NetworkLab;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.LabAccess;
import dev.rendezvous.tck.run.RunOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Runs the clauses that need the network lab with the implementation inside the lab: opens the
 * lab, runs those clauses in child JVMs in its namespace (two at once where the machine has the
 * cores, so that one clause's real waits overlap another's; in the background, beside the rest of
 * the run), and closes the lab. Where the lab cannot be made, says why; the clauses are then
 * NOT_VERIFIED with that reason.
 *
 * <p>The system property {@value ConfigKeys#LAB_DISABLED} forbids the lab: when it is set, no lab
 * is probed for nor made, and its value is the reason given for the lab's clauses.
 */
public final class LabDispatch implements LabAccess {
    private final boolean inside;
    private final LabCapabilities capabilities;
    private final Map<String, Object> description = new LinkedHashMap<>();
    private volatile String absence;

    /** The lab as {@link #probe()} finds it; how a session finds it ({@link LabAccess#find()}). */
    public LabDispatch() {
        this(probe());
    }

    private LabDispatch(LabDispatch probed) {
        this(probed.inside, probed.capabilities, probed.absence);
    }

    /**
     * @param inside whether this JVM runs inside a lab
     * @param capabilities what the probe found; null when no probe was made (inside, or disabled)
     * @param absence why the lab's clauses cannot run in a lab; null when they can
     */
    LabDispatch(boolean inside, LabCapabilities capabilities, String absence) {
        this.inside = inside;
        this.capabilities = capabilities;
        this.absence = absence;
        if (inside) {
            description.put("inside", true);
        } else if (capabilities == null) {
            description.put("available", false);
            description.put("reason", absence);
        } else {
            description.put("available", capabilities.canOpen());
            capabilities.preferredMode().ifPresent(mode -> description.put("mode", mode.name()));
            capabilities.whyNot().ifPresent(why -> description.put("reason", why));
            description.put("summary", capabilities.summary());
        }
    }

    /** Finds out whether this run is inside a lab, or whether one can be made (unless the lab is disabled). */
    static LabDispatch probe() {
        String disabled = System.getProperty(ConfigKeys.LAB_DISABLED);
        if (disabled != null) {
            return new LabDispatch(false, null, disabledReason(disabled));
        }
        if (LabDescription.current().map(LabDescription::insideLab).orElse(false)) {
            return new LabDispatch(true, null, null);
        }
        LabCapabilities capabilities = LabProbe.probe();
        return new LabDispatch(false, capabilities, capabilities.whyNot().orElse(null));
    }

    /** The reason the lab's clauses get when {@value ConfigKeys#LAB_DISABLED} is set to {@code value}. */
    public static String disabledReason(String value) {
        String why = value.strip();
        return "the network lab is disabled (-D" + ConfigKeys.LAB_DISABLED + ")" + (why.isEmpty() ? "" : ": " + why);
    }

    @Override
    public boolean inside() {
        return inside;
    }

    @Override
    public String absence() {
        return inside ? null : absence == null ? "the lab's clauses run in a child JVM inside it" : absence;
    }

    /**
     * What the probe found, for the results' environment. Once a lab is opened, the same map also
     * records it under {@code opened} (mode, name, namespace), before {@link #start}'s future completes.
     */
    @Override
    public Map<String, Object> describe() {
        return description;
    }

    /**
     * Starts the lab's clauses in the background, on a thread of their own (they wait seconds for
     * the child JVM; a shared pool would be held that long). The future holds their results; it is
     * empty when the lab could not be made or used (then {@link #absence()} says why).
     */
    @Override
    public CompletableFuture<Map<String, ClauseResult>> start(
            RunOptions options, List<Clause> clauses, List<Path> implClasspath) {
        if (clauses.isEmpty() || inside || capabilities == null || !capabilities.canOpen()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        CompletableFuture<Map<String, ClauseResult>> results = new CompletableFuture<>();
        Thread runner = new Thread(
                () -> {
                    try {
                        results.complete(runInLab(options, clauses, implClasspath));
                    } catch (Throwable t) {
                        results.completeExceptionally(t);
                    }
                },
                "rendezvous-lab");
        runner.setDaemon(true);
        runner.start();
        return results;
    }

    private Map<String, ClauseResult> runInLab(RunOptions options, List<Clause> clauses, List<Path> implClasspath) {
        try (NetworkLab lab = NetworkLab.open(capabilities)) {
            description.put("opened", opened(lab.description()));
            RunOptions o = options.withClauseIds(
                            clauses.stream().map(Clause::id).collect(Collectors.toSet()))
                    .withImplJars(implClasspath);
            RunResult r = IsolatedRunner.runInLab(
                    o, lab::command, List.of(lab.description().jvmArgument()));
            Map<String, ClauseResult> out = new LinkedHashMap<>();
            for (ClauseResult c : r.clauses()) {
                out.put(c.clause().id(), c);
            }
            return out;
        } catch (LabUnavailableException | RuntimeException e) {
            // Whatever went wrong, the lab's clauses get this reason; the rest of the run goes on.
            absence = "the network lab could not be used: "
                    + (e instanceof LabUnavailableException || e instanceof KitException
                            ? e.getMessage()
                            : e.toString());
            description.put("available", false);
            description.put("reason", absence);
            return Map.of();
        }
    }

    private static Map<String, Object> opened(LabDescription lab) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", lab.mode().name());
        m.put("name", lab.name());
        m.put("namespace", lab.namespace());
        return m;
    }
}
