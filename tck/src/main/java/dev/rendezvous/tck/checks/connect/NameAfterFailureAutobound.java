package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.FailedConnect;

/**
 * CONNECT-NAME-REMAINS, for a name the system bound: a connect on an unbound Internet socket to a
 * name where no server listens fails; getsockname then still gives a name — the socket's family,
 * the true length (16 or 28), a non-zero port, the wildcard or a loopback address (Linux shows
 * the wildcard) — and a second getsockname, after a getpeername in between, gives the same name.
 */
final class NameAfterFailureAutobound extends Property {
    NameAfterFailureAutobound() {
        super("CONNECT-NAME-REMAINS", "after-failure-autobound");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Sockaddr refused = FailedConnect.refusedName(c, family);
        int client = c.socket(family);
        FailedConnect.provoke(c, client, refused, "the unbound socket");
        String after = "getsockname(" + client + ") after the failed connect on the unbound socket";
        FailedConnect.expectAutoboundNameRemains(c, client, family, after, "the failed connect");
    }
}
