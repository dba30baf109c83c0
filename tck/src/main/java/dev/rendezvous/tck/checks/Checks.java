package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.accept.AcceptChecks;
import dev.rendezvous.tck.checks.alternatives.AlternativesChecks;
import dev.rendezvous.tck.checks.connect.ConnectChecks;
import dev.rendezvous.tck.checks.connection.ConnectionChecks;
import dev.rendezvous.tck.checks.error.ErrorChecks;
import dev.rendezvous.tck.checks.listen.ListenChecks;
import dev.rendezvous.tck.checks.rendezvous.RendezvousChecks;
import dev.rendezvous.tck.checks.server.ServerChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every property of the kit, in one list, in the order of the contract; each names its clause by
 * ID. The properties of a clause live in the package named after the first word of its ID
 * ({@code ACCEPT-VALUE-RESULT}: {@code checks.accept}), in the constant of that package's
 * {@code *Checks} class named after the ID ({@code AcceptChecks.ACCEPT_VALUE_RESULT}).
 */
public final class Checks {
    private static final List<Property> ALL = inContractOrder(
            ConnectionChecks.ALL,
            ServerChecks.ALL,
            RendezvousChecks.ALL,
            ConnectChecks.ALL,
            ErrorChecks.ALL,
            ListenChecks.ALL,
            AcceptChecks.ALL,
            AlternativesChecks.ALL);

    private static final Map<String, Property> BY_ID = new LinkedHashMap<>();

    static {
        for (Property p : ALL) {
            if (BY_ID.put(p.id(), p) != null) {
                throw new IllegalStateException("two properties with id " + p.id());
            }
        }
    }

    private Checks() {}

    @SafeVarargs
    private static List<Property> inContractOrder(List<Property>... families) {
        List<Property> all = new ArrayList<>();
        for (List<Property> f : families) {
            all.addAll(f);
        }
        all.sort(Comparator.comparingInt(p -> Catalogue.all().indexOf(p.clause())));
        return List.copyOf(all);
    }

    /** Every property. */
    public static List<Property> all() {
        return ALL;
    }

    /** The property with this ID ({@code CLAUSE-ID/name}). */
    public static Optional<Property> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The properties of one clause. */
    public static List<Property> forClause(String clauseId) {
        List<Property> out = new ArrayList<>();
        for (Property p : ALL) {
            if (p.clause().id().equals(clauseId)) {
                out.add(p);
            }
        }
        return out;
    }
}
