package dev.rendezvous.tck.checks.alternatives;

import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.stream.Stream;

/** The properties of the {@code ALTERNATIVES-} clauses: one constant per clause, named after its ID. */
public final class AlternativesChecks {
    /** {@code ALTERNATIVES-NONBLOCKING}. */
    public static final List<Property> ALTERNATIVES_NONBLOCKING = List.of(
            new NonblockingAcceptGivesEagain(),
            new NonblockingConnectCompletes(),
            new AcceptedSocketBlocks(),
            new ConnectWhilePending());

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL =
            Stream.of(ALTERNATIVES_NONBLOCKING).flatMap(List::stream).toList();

    private AlternativesChecks() {}
}
