package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.FailedConnect;
import dev.rendezvous.tck.checks.steps.NonblockingFailedConnect;
import java.util.Set;

/**
 * CONNECT-ERROR-RETURNED, in non-blocking mode: a connect to a name where no server listens
 * gives EINPROGRESS or the error at once; after EINPROGRESS a later connect gives EALREADY while
 * the attempt is pending and then the connection's error, never 0, EISCONN or a new
 * EINPROGRESS (the SPI has no pending-error call: a later connect is how the outcome of a
 * non-blocking connect is told). The socket is not connected afterwards (getpeername gives
 * ENOTCONN). Linux gives EINPROGRESS and then ECONNREFUSED in the Internet domain,
 * ECONNREFUSED at once in the UNIX domain.
 */
final class NonblockingConnectReportsError extends Property {
    NonblockingConnectReportsError() {
        super("CONNECT-ERROR-RETURNED", "nonblocking-error-reported");
    }

    @Override
    public Set<Feature> requires() {
        return NonblockingFailedConnect.NEEDS;
    }

    @Override
    public void check(Case c) throws Exception {
        int client = NonblockingFailedConnect.failedClient(c, c.family());
        FailedConnect.expectUnconnected(c, client, "the failed non-blocking connect was reported");
    }
}
