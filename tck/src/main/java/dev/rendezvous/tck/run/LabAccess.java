package dev.rendezvous.tck.run;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

/**
 * The network lab as a session sees it. The layer that launches runs provides it (registered
 * under {@code META-INF/services}), so a session — also one a vendor's suite starts — finds it
 * without depending on how the lab and its child JVM are made.
 */
public interface LabAccess {
    /** Whether this JVM runs inside the lab (then the lab's clauses run here, like the rest). */
    boolean inside();

    /** Why there is no lab around this JVM's cases: the reason the lab's clauses get here (null inside the lab). */
    String absence();

    /** What the probe found, for the results' environment. */
    Map<String, Object> describe();

    /**
     * Starts {@code clauses} in the background, with the implementation in a child JVM inside the
     * lab. The future holds the verdicts of those that could run there; it is empty when the lab
     * could not be made or used (then {@link #absence()} says why).
     *
     * @param implClasspath where the implementation was loaded from, for the child's class path
     */
    CompletableFuture<Map<String, ClauseResult>> start(
            RunOptions options, List<Clause> clauses, List<Path> implClasspath);

    /** The lab the kit provides, or — when none is registered — one that is never there. */
    static LabAccess find() {
        return ServiceLoader.load(LabAccess.class, LabAccess.class.getClassLoader())
                .findFirst()
                .orElseGet(() -> absent("this kit has no network lab"));
    }

    /** A lab that is not there, for {@code reason}. */
    static LabAccess absent(String reason) {
        return new LabAccess() {
            @Override
            public boolean inside() {
                return false;
            }

            @Override
            public String absence() {
                return reason;
            }

            @Override
            public Map<String, Object> describe() {
                return Map.of("available", false, "reason", reason);
            }

            @Override
            public CompletableFuture<Map<String, ClauseResult>> start(
                    RunOptions options, List<Clause> clauses, List<Path> implClasspath) {
                return CompletableFuture.completedFuture(Map.of());
            }
        };
    }
}
