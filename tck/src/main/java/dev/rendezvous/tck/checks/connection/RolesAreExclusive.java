package dev.rendezvous.tck.checks.connection;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;

/**
 * CONNECTION-ASYMMETRIC: a socket takes one role. A listening socket (a server's) refuses
 * connect with EISCONN, EINVAL or EOPNOTSUPP; a connected socket (the client's, or the one
 * accept returned) refuses listen with EINVAL and connect with EISCONN; afterwards each still
 * plays its own role: the client is still connected to the server, and the server still accepts.
 */
final class RolesAreExclusive extends Property {
    RolesAreExclusive() {
        super("CONNECTION-ASYMMETRIC", "roles");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        Endpoint server = ClientSteps.drawnListener(c, family);
        Sockaddr target = c.between(0, 1) == 0
                ? server.name()
                : ClientSteps.drawnListener(c, family).name();
        Expect.errno(
                "connect(" + server.fd() + ", " + target.describe() + ") on a listening socket (a server's)",
                () -> ClientSteps.connect(c, server.fd(), target),
                Errno.EISCONN,
                Errno.EINVAL,
                Errno.EOPNOTSUPP);

        int client = c.connectedClient(server);
        int accepted = ClientSteps.acceptWithin(c, server.fd(), "of the client's connection")
                .fd();
        boolean clientSide = c.between(0, 1) == 0;
        int connected = clientSide ? client : accepted;
        String who = clientSide ? "the client's connected socket" : "the connected socket accept returned";
        int backlog = c.between(1, ClientSteps.MAX_BACKLOG);
        Expect.errno(
                "listen(" + connected + ", " + backlog + ") on " + who,
                () -> c.stack().listen(connected, backlog),
                Errno.EINVAL);
        Sockaddr again = c.between(0, 1) == 0
                ? server.name()
                : ClientSteps.drawnListener(c, family).name();
        Expect.errno(
                "connect(" + connected + ", " + again.describe() + ") on " + who,
                () -> ClientSteps.connect(c, connected, again),
                Errno.EISCONN);

        ClientSteps.expectPeer(c, client, server.name(), "the refused listen and connect");
        c.connectedClient(server);
        ClientSteps.acceptWithin(c, server.fd(), "of a client after the refused calls (the listener must still serve)");
    }
}
