package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.FailedConnect;
import dev.rendezvous.tck.checks.steps.NonblockingFailedConnect;
import java.util.Set;

/**
 * CONNECT-NAME-REMAINS, in non-blocking mode: an unbound Internet socket connects in non-blocking
 * mode to a name where no server listens; once its failure is reported (at once, or by a later
 * connect after EINPROGRESS), getsockname gives the name the system bound for the attempt — the
 * socket's family, the true length, a non-zero port, the wildcard or a loopback address — the
 * socket is not connected, and a second getsockname gives the same name. Linux shows the
 * wildcard with the port it chose, as after a blocking failure. A failure that is not reported
 * as one is CONNECT-ERROR-RETURNED's to judge: the case is not verified here.
 */
final class NameAfterNonblockingFailure extends Property {
    NameAfterNonblockingFailure() {
        super("CONNECT-NAME-REMAINS", "after-nonblocking-failure");
    }

    @Override
    public Set<Feature> requires() {
        return NonblockingFailedConnect.NEEDS;
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int client = NonblockingFailedConnect.failedClientToLookAt(c, family);
        FailedConnect.expectAutoboundNameRemains(
                c,
                client,
                family,
                "getsockname(" + client + ") once the non-blocking connect's failure was reported",
                "the failed non-blocking connect");
    }
}
