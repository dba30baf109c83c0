package dev.rendezvous.tck.checks.connection;

import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.stream.Stream;

/** The properties of the {@code CONNECTION-} clauses: one constant per clause, named after its ID. */
public final class ConnectionChecks {
    /** {@code CONNECTION-ASYMMETRIC}. */
    public static final List<Property> CONNECTION_ASYMMETRIC = List.of(new RolesAreExclusive(), new StateMachine());

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL =
            Stream.of(CONNECTION_ASYMMETRIC).flatMap(List::stream).toList();

    private ConnectionChecks() {}
}
