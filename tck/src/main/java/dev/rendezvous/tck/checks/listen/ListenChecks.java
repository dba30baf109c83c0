package dev.rendezvous.tck.checks.listen;

import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.stream.Stream;

/** The properties of the {@code LISTEN-} clauses: one constant per clause, named after its ID. */
public final class ListenChecks {
    /** {@code LISTEN-SOCKET-PARAMETER}. */
    public static final List<Property> LISTEN_SOCKET_PARAMETER =
            List.of(new OnlyTheGivenSocketListens(), new ListenOnBadDescriptor());

    /** {@code LISTEN-BACKLOG}. */
    public static final List<Property> LISTEN_BACKLOG =
            List.of(new BacklogQueuesClients(), new AnyBacklogListens(), new ListenAgain(), new HeldClientsComplete());

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL = Stream.of(LISTEN_SOCKET_PARAMETER, LISTEN_BACKLOG)
            .flatMap(List::stream)
            .toList();

    private ListenChecks() {}
}
