package dev.rendezvous.tck.checks.server;

import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.stream.Stream;

/** The properties of the {@code SERVER-} clauses: one constant per clause, named after its ID. */
public final class ServerChecks {
    /** {@code SERVER-BIND-LISTEN}. */
    public static final List<Property> SERVER_BIND_LISTEN = List.of(new WellKnownName());

    /** {@code SERVER-BIND-WILDCARD}. */
    public static final List<Property> SERVER_BIND_WILDCARD = List.of(new WildcardServerReached());

    /** {@code SERVER-LISTEN-THEN-ACCEPT}. */
    public static final List<Property> SERVER_LISTEN_THEN_ACCEPT =
            List.of(new AcceptBeforeListenFails(), new ListenThenAccept());

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL = Stream.of(
                    SERVER_BIND_LISTEN, SERVER_BIND_WILDCARD, SERVER_LISTEN_THEN_ACCEPT)
            .flatMap(List::stream)
            .toList();

    private ServerChecks() {}
}
