package dev.rendezvous.tck.check;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One property of one clause: for all generated cases, the clause holds. A clause has one or
 * more properties; its verdict combines theirs.
 */
public abstract class Property {
    private final Clause clause;
    private final String name;

    /**
     * @param clauseId the clause this property checks; must exist in the catalogue
     * @param name a short name, unique within the clause (letters, digits, '-')
     */
    protected Property(String clauseId, String name) {
        this.clause = Catalogue.require(clauseId);
        this.name = name;
    }

    /** The clause this property checks. */
    public final Clause clause() {
        return clause;
    }

    /** The short name. */
    public final String name() {
        return name;
    }

    /** {@code CLAUSE-ID/name}: the property's ID in replay tokens and results. */
    public final String id() {
        return clause.id() + "/" + name;
    }

    /** The families this property ranges over; the case draws among those claimed. */
    public Set<Feature> families() {
        Set<Feature> all = Set.of(Feature.INET, Feature.INET6, Feature.UNIX);
        if (!clause.anyOf().isEmpty()) {
            return clause.anyOf();
        }
        Set<Feature> required = new java.util.HashSet<>(clause.requires());
        required.retainAll(all);
        return required.isEmpty() ? all : required;
    }

    /** Features this property needs beyond its clause's (e.g. CROSS_PROCESS). */
    public Set<Feature> requires() {
        return Set.of();
    }

    /** At most this many tries (blocking properties spend a quiet window per try). */
    public int maxTries() {
        return Integer.MAX_VALUE;
    }

    /**
     * Whether every case checks every claimed family of the property at once (one target per
     * family, in one case): one try then covers them all, where otherwise the property runs at
     * least one try per family.
     */
    public boolean eachCaseCoversEveryFamily() {
        return false;
    }

    /**
     * What the property cannot check for some of {@code claimed} (AF_ numbers), in words, for the
     * clause's reason; empty when it checks them all. What a property leaves out is never left
     * out silently.
     */
    public Optional<String> uncheckedFamilies(List<Integer> claimed) {
        return Optional.empty();
    }

    /**
     * Whether the property needs the network lab: the kit then runs its clause with the
     * implementation inside the lab's network namespace, in a child JVM.
     */
    public boolean needsLab() {
        return false;
    }

    /** How long one call may run before it counts as hung (a lab's ETIMEDOUT takes seconds by design). */
    public Duration callDeadline(Knobs knobs) {
        return knobs.callDeadline();
    }

    /** How long one whole case may take before it counts as hung. */
    public Duration caseDeadline(Knobs knobs) {
        return callDeadline(knobs).plus(knobs.eventDeadline());
    }

    /**
     * Checks one generated case: draws what it needs from the case, calls the implementation
     * through {@link Case#stack()}, and throws a {@link Violation} when the clause is broken.
     */
    public abstract void check(Case c) throws Exception;

    @Override
    public String toString() {
        return id();
    }
}
