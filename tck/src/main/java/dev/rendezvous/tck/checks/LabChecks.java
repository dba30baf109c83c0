package dev.rendezvous.tck.checks;

import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.check.Property;
import java.util.List;
import java.util.Set;

/** The properties that need the network lab. */
final class LabChecks {
    static final List<Property> ALL = List.of(
            new LabConnectFails("ERROR-ETIMEDOUT", "lost-syns", Set.of(Errno.ETIMEDOUT), Errno.ETIMEDOUT),
            new LabConnectFails(
                    "ERROR-ENETDOWN-EHOSTDOWN",
                    "status-delivered",
                    Set.of(Errno.EHOSTDOWN, Errno.ENETDOWN),
                    Errno.ENETDOWN,
                    Errno.EHOSTDOWN),
            new LabConnectFails(
                    "ERROR-ENETUNREACH-EHOSTUNREACH",
                    "no-route-or-gateway-status",
                    Set.of(Errno.ENETUNREACH, Errno.EHOSTUNREACH),
                    Errno.ENETUNREACH,
                    Errno.EHOSTUNREACH),
            new LabConnectFails("ERROR-ECONNREFUSED", "reset-in-lab", Set.of(Errno.ECONNREFUSED), Errno.ECONNREFUSED),
            new InterruptedConnectFails(),
            new WildcardServerReached());

    private LabChecks() {}
}
