package dev.rendezvous.tck.checks.error;

import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The properties of the {@code ERROR-} clauses: one constant per clause, named after its ID. */
public final class ErrorChecks {
    /** {@code ERROR-ETIMEDOUT}. */
    public static final List<Property> ERROR_ETIMEDOUT =
            List.of(new LabConnectFails("ERROR-ETIMEDOUT", "lost-syns", Set.of(Errno.ETIMEDOUT), Errno.ETIMEDOUT));

    /** {@code ERROR-ECONNREFUSED}. */
    public static final List<Property> ERROR_ECONNREFUSED = List.of(
            new RefusedWhereNoServer(),
            new LabConnectFails("ERROR-ECONNREFUSED", "reset-in-lab", Set.of(Errno.ECONNREFUSED), Errno.ECONNREFUSED));

    /** {@code ERROR-ENETDOWN-EHOSTDOWN}. */
    public static final List<Property> ERROR_ENETDOWN_EHOSTDOWN = List.of(new LabConnectFails(
            "ERROR-ENETDOWN-EHOSTDOWN",
            "status-delivered",
            Set.of(Errno.EHOSTDOWN, Errno.ENETDOWN),
            Errno.ENETDOWN,
            Errno.EHOSTDOWN));

    /** {@code ERROR-ENETUNREACH-EHOSTUNREACH}. */
    public static final List<Property> ERROR_ENETUNREACH_EHOSTUNREACH = List.of(new LabConnectFails(
            "ERROR-ENETUNREACH-EHOSTUNREACH",
            "no-route-or-gateway-status",
            Set.of(Errno.ENETUNREACH, Errno.EHOSTUNREACH),
            Errno.ENETUNREACH,
            Errno.EHOSTUNREACH));

    /** Every property of the family, clause by clause in the order of the contract. */
    public static final List<Property> ALL = Stream.of(
                    ERROR_ETIMEDOUT, ERROR_ECONNREFUSED, ERROR_ENETDOWN_EHOSTDOWN, ERROR_ENETUNREACH_EHOSTUNREACH)
            .flatMap(List::stream)
            .toList();

    private ErrorChecks() {}
}
