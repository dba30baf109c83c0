package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.checks.error.LabConnectFails;
import java.util.EnumSet;

/**
 * CONNECT-NAME-REMAINS in the network lab: one connect to a target of every kind the lab offers,
 * per claimed family, at once; whichever errno the failure gave, the name the system bound
 * automatically remains. The ERROR- clauses judge the errno and the wait of the same connects.
 */
final class NameAfterNetworkErrors extends LabConnectFails {
    NameAfterNetworkErrors() {
        super(
                NAME_REMAINS,
                "after-network-errors",
                EnumSet.of(
                        Errno.ETIMEDOUT,
                        Errno.ECONNREFUSED,
                        Errno.EHOSTDOWN,
                        Errno.ENETDOWN,
                        Errno.ENETUNREACH,
                        Errno.EHOSTUNREACH));
    }
}
