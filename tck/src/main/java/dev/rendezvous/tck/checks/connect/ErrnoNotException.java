package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.FailedConnect;

/**
 * CONNECT-ERROR-RETURNED: connect to a name where no server listens — a name held by a socket
 * bound without listen, or in the UNIX domain also a path that does not exist — returns an error:
 * it fails with an errno (an {@link dev.rendezvous.api.ErrnoException}; the harness reports any
 * other exception as a fault of the call), never returns, and the socket is not connected
 * afterwards (getpeername gives ENOTCONN).
 */
final class ErrnoNotException extends Property {
    ErrnoNotException() {
        super("CONNECT-ERROR-RETURNED", "errno-not-exception");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        boolean noFile = family == AddressFamily.AF_UNIX && c.between(0, 1) == 1;
        Sockaddr target = noFile ? c.freshName(family) : FailedConnect.refusedName(c, family);
        int client = c.socket(family);
        String call = "connect(" + client + ", " + target.describe() + ") to "
                + (noFile ? "a path that does not exist" : "a name bound without listen");
        FailedConnect.expect(c, client, target.bytes(), target.length(), call);
        FailedConnect.expectUnconnected(c, client, "the failed " + call);
    }
}
