package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.FailedConnect;

/**
 * CONNECT-NAME-REMAINS, for a name the program bound: a socket bound to a drawn loopback address
 * (the system picks the port) keeps exactly that name, byte for byte, after a connect to a name
 * where no server listens has failed.
 */
final class NameAfterFailureExplicit extends Property {
    NameAfterFailureExplicit() {
        super("CONNECT-NAME-REMAINS", "explicit-bind-kept");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Sockaddr refused = FailedConnect.refusedName(c, family);
        Sockaddr local = c.drawnLoopbackName(family);
        int client = c.socket(family);
        c.stack().bind(client, local.bytes(), local.length());
        Sockaddr bound = c.nameOf(client);
        FailedConnect.provoke(c, client, refused, "the socket bound to " + bound.describe());
        Expect.sameName(
                "getsockname(" + client + ") after the failed connect, against the name bound before it",
                bound,
                FailedConnect.nameAfter(c, client, "getsockname(" + client + ") after the failed connect"));
    }
}
