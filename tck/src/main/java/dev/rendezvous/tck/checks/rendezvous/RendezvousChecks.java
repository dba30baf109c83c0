package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.stream.Stream;

/** The properties of the {@code RENDEZVOUS-} clauses: one constant per clause, named after its ID. */
public final class RendezvousChecks {
    /** {@code RENDEZVOUS-UNRELATED-PROCESS}. */
    public static final List<Property> RENDEZVOUS_UNRELATED_PROCESS =
            List.of(new UnrelatedProcessConnects(), new UnrelatedProcessServes());

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL =
            Stream.of(RENDEZVOUS_UNRELATED_PROCESS).flatMap(List::stream).toList();

    private RendezvousChecks() {}
}
