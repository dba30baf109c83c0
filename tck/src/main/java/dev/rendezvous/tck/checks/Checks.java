package dev.rendezvous.tck.checks;

import dev.rendezvous.tck.check.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every property of the kit, in one list; each names its clause by ID. */
public final class Checks {
    private static final List<Property> ALL =
            concat(ConnectChecks.ALL, AcceptChecks.ALL, ModelChecks.ALL, ProcessChecks.ALL, LabChecks.ALL);

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
    private static List<Property> concat(List<Property>... groups) {
        List<Property> all = new ArrayList<>();
        for (List<Property> g : groups) {
            all.addAll(g);
        }
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
